package org.laborbridge.runner;

import com.sun.net.httpserver.HttpHandler;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedResource;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.IntrinsicResolver;
import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.runner.http.HttpApiServer;
import org.laborbridge.runner.http.HttpRoute;
import org.laborbridge.runner.http.HttpRoutes;
import org.laborbridge.runner.jwt.JwtAuthorizer;
import org.laborbridge.runner.jwt.LocalIssuer;
import org.laborbridge.runner.lambda.ClassDataArchive;
import org.laborbridge.runner.lambda.FunctionSpec;
import org.laborbridge.runner.lambda.InvocationResult;
import org.laborbridge.runner.lambda.LambdaFunction;
import org.laborbridge.runner.schedule.LocalSchedule;
import org.laborbridge.runner.schedule.Scheduler;
import org.laborbridge.runner.sqs.QueuePoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The whole template on one machine: local AWS provisioned from template.yaml, every function in its own JVM
 * with the environment the template gives it, the HTTP API with its JWT authorizer, SQS event source mappings
 * and schedules.
 */
public final class LocalPlatform implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);
  public static final String ISSUER = "https://local.laborbridge/issuer";

  /** How to start: which template, where code and keys live, which port, and whose clock schedules follow. */
  public record Options(Path root, Path template, String stackName, int port, Path dataDir, Path keyFile, Clock clock,
      boolean scheduleInBackground, Function<String, List<Path>> code, Path classDataDir) {

    /** Without class-data archives: every function JVM starts as it would the first time (tests). */
    public Options(Path root, Path template, String stackName, int port, Path dataDir, Path keyFile, Clock clock,
        boolean scheduleInBackground, Function<String, List<Path>> code) {
      this(root, template, stackName, port, dataDir, keyFile, clock, scheduleInBackground, code, null);
    }

    /** What ./run-local uses: keys and class-data archives under .run-local/. */
    public static Options defaults(Path root) {
      return new Options(root, root.resolve("template.yaml"), "laborbridge-local", 3000, null,
          root.resolve(".run-local/jwt-signing-key.json"), Clock.systemUTC(), true, FunctionCode.moduleJars(root),
          root.resolve(".run-local/cds"));
    }

    public Options withPort(int value) {
      return new Options(root, template, stackName, value, dataDir, keyFile, clock, scheduleInBackground, code,
          classDataDir);
    }

    /** Every function JVM starts cold, and nothing is written to .run-local/cds. */
    public Options withoutClassData() {
      return new Options(root, template, stackName, port, dataDir, keyFile, clock, scheduleInBackground, code, null);
    }

    public Options withDataDir(Path value) {
      return new Options(root, template, stackName, port, value, keyFile, clock, scheduleInBackground, code,
          classDataDir);
    }
  }

  private final List<AutoCloseable> parts = new ArrayList<>();
  private final LocalAws aws;
  private final ProvisionedStack stack;
  private final LocalIssuer issuer;
  private final Map<String, LambdaFunction> functions = new LinkedHashMap<>();
  private final Scheduler scheduler;
  private final HttpApiServer httpApi;
  private final Clock clock;

  private LocalPlatform(Options options) throws IOException {
    clock = options.clock();
    aws = options.dataDir() == null ? LocalAws.start() : LocalAws.start(options.dataDir());
    parts.add(aws);
    CloudFormationTemplate template = TemplateLoader.load(options.template());
    StackSettings settings = StackSettings.local(options.stackName()).withRegion(aws.backend().region())
        .withParameters(parameters(template));
    stack = aws.provision(template, settings);
    String audience = stack.resolver().resolveText(Map.of("Ref", "JwtAudience"), "JwtAudience");
    issuer = new LocalIssuer(options.keyFile(), ISSUER, audience, options.clock());

    IntrinsicResolver resolver = stack.resolver();
    List<HttpRoute> routes = new ArrayList<>();
    List<QueuePoller.Mapping> mappings = new ArrayList<>();
    Map<String, String> mappingFunction = new LinkedHashMap<>();
    scheduler = new Scheduler(options.clock());
    parts.add(scheduler);
    for (ServerlessFunction function : ServerlessFunction.all(template)) {
      LambdaFunction lambda = new LambdaFunction(spec(function, resolver, options), platformEnvironment());
      functions.put(function.logicalId(), lambda);
      parts.add(lambda);
      for (Map.Entry<String, Object> event : function.events().entrySet()) {
        Map<String, Object> definition = resolver.resolveMap(Values.map(event.getValue(), event.getKey()));
        Map<String, Object> properties = Values.map(definition.getOrDefault("Properties", Map.of()), event.getKey());
        String name = function.logicalId() + "." + event.getKey();
        switch (String.valueOf(definition.get("Type"))) {
          case "HttpApi" -> routes.add(HttpRoute.of((String) properties.get("Method"), (String) properties.get("Path"),
              function.logicalId(), guarded(template, properties)));
          case "SQS" -> {
            mappings.add(mapping(name, properties));
            mappingFunction.put(name, function.logicalId());
          }
          case "ScheduleV2" -> scheduler.add(LocalSchedule.fromTemplate(name, text(properties, "ScheduleExpression"),
              text(properties, "ScheduleExpressionTimezone"), text(properties, "Input"), text(properties, "State")),
              fire -> invokeScheduled(function.logicalId(), fire.scheduleName(), fire.payload()));
          case "Schedule" -> {
            String input = text(properties, "Input");
            scheduler.add(LocalSchedule.fromTemplate(name, text(properties, "Schedule"), null, input,
                Boolean.FALSE.equals(properties.get("Enabled")) ? "DISABLED" : "ENABLED"),
                fire -> invokeScheduled(function.logicalId(), fire.scheduleName(),
                    input != null ? fire.payload() : scheduledEvent(name, settings, fire.scheduledTime())));
          }
          default -> LOG.info("{}: event type {} is not emulated locally", name, definition.get("Type"));
        }
      }
    }
    // Cold starts happen now, side by side, rather than on the first request.
    CompletableFuture.allOf(functions.values().stream().map(f -> CompletableFuture.runAsync(f::start))
        .toArray(CompletableFuture[]::new)).join();
    for (QueuePoller.Mapping mapping : mappings) {
      parts.add(new QueuePoller(mapping, aws.sqs(), functions.get(mappingFunction.get(mapping.name()))));
    }
    JwtAuthorizer authorizer = new JwtAuthorizer(ISSUER, List.of(audience), issuer.publicKeys(), options.clock());
    httpApi = new HttpApiServer(options.port(), new HttpRoutes(routes), functions, authorizer, admin());
    parts.add(httpApi);
    if (options.scheduleInBackground()) {
      scheduler.start();
    }
  }

  public static LocalPlatform start(Options options) {
    try {
      return new LocalPlatform(options);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the local platform: " + e.getMessage(), e);
    }
  }

  /** The JWT issuer is the runner's own; every other parameter keeps the template's default. */
  private static Map<String, String> parameters(CloudFormationTemplate template) {
    return template.section("Parameters").containsKey("JwtIssuer") ? Map.of("JwtIssuer", ISSUER) : Map.of();
  }

  private FunctionSpec spec(ServerlessFunction function, IntrinsicResolver resolver, Options options) {
    Map<String, String> environment = new LinkedHashMap<>();
    resolver.resolveMap(function.environmentVariables()).forEach((k, v) -> environment.put(k, String.valueOf(v)));
    Map<String, Object> properties = function.properties();
    int timeout = Integer.parseInt(String.valueOf(resolver.resolve(properties.getOrDefault("Timeout", 3))));
    int memory = Integer.parseInt(String.valueOf(resolver.resolve(properties.getOrDefault("MemorySize", 128))));
    return new FunctionSpec(function.logicalId(), stack.settings().stackName() + "-" + function.logicalId(),
        function.handler(), FunctionCode.classpath(options.code().apply(function.codeUri())), environment,
        Duration.ofSeconds(timeout), memory, Optional.ofNullable(options.classDataDir()).map(ClassDataArchive::new));
  }

  private Map<String, String> platformEnvironment() {
    return localAwsEnvironment(aws.backend());
  }

  /**
   * What every function's environment holds besides its own variables: region, credentials, local endpoints. Public
   * for the benchmarks, which start function JVMs the same way.
   */
  public static Map<String, String> localAwsEnvironment(org.laborbridge.localaws.AwsBackend backend) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_REGION", backend.region());
    env.put("AWS_DEFAULT_REGION", backend.region());
    env.put("AWS_ACCESS_KEY_ID", backend.accessKey());
    env.put("AWS_SECRET_ACCESS_KEY", backend.secretKey());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    // Our functions read aws.endpoints.*; the SDK itself honours AWS_ENDPOINT_URL_<SERVICE>.
    env.put("AWS_ENDPOINTS_DYNAMODB", backend.dynamoDbEndpoint().toString());
    env.put("AWS_ENDPOINTS_SQS", backend.sqsEndpoint().toString());
    env.put("AWS_ENDPOINTS_S3", backend.s3Endpoint().toString());
    env.put("AWS_ENDPOINT_URL_DYNAMODB", backend.dynamoDbEndpoint().toString());
    env.put("AWS_ENDPOINT_URL_SQS", backend.sqsEndpoint().toString());
    env.put("AWS_ENDPOINT_URL_S3", backend.s3Endpoint().toString());
    return env;
  }

  /** Behind the JWT authorizer unless the route opts out, when the API has a default authorizer. */
  private static boolean guarded(CloudFormationTemplate template, Map<String, Object> properties) {
    Object auth = properties.get("Auth");
    if (auth != null && "NONE".equals(Values.map(auth, "Auth").get("Authorizer"))) {
      return false;
    }
    Object apiId = properties.get("ApiId");
    String api = apiId == null ? null : String.valueOf(apiId);
    return template.resourcesOfType("AWS::Serverless::HttpApi").stream()
        .filter(r -> api == null || r.logicalId().equals(api) || api.endsWith(r.logicalId()))
        .anyMatch(r -> Values.map(r.properties().getOrDefault("Auth", Map.of()), "Auth").containsKey("DefaultAuthorizer"));
  }

  private QueuePoller.Mapping mapping(String name, Map<String, Object> properties) {
    String arn = String.valueOf(properties.get("Queue"));
    ProvisionedResource queue = stack.resourcesOfType("AWS::SQS::Queue").stream()
        .filter(q -> arn.equals(q.attributes().get("Arn"))).findFirst()
        .orElseThrow(() -> new IllegalStateException(name + ": no queue of this template has the ARN " + arn));
    int batchSize = Integer.parseInt(String.valueOf(properties.getOrDefault("BatchSize", 10)));
    int window = Integer.parseInt(String.valueOf(properties.getOrDefault("MaximumBatchingWindowInSeconds", 0)));
    boolean partial = String.valueOf(properties.getOrDefault("FunctionResponseTypes", "")).contains("ReportBatchItemFailures");
    return new QueuePoller.Mapping(name, String.valueOf(queue.ref()), arn, batchSize, Duration.ofSeconds(window), partial,
        aws.backend().region());
  }

  private static String text(Map<String, Object> properties, String key) {
    Object value = properties.get(key);
    return value == null ? null : String.valueOf(value);
  }

  /** What an EventBridge rule sends when it has no Input. */
  private static String scheduledEvent(String name, StackSettings settings, Instant time) {
    return "{\"version\":\"0\",\"id\":\"" + java.util.UUID.randomUUID() + "\",\"detail-type\":\"Scheduled Event\","
        + "\"source\":\"aws.events\",\"account\":\"" + settings.accountId() + "\",\"time\":\"" + time + "\","
        + "\"region\":\"" + settings.region() + "\",\"resources\":[\"arn:aws:events:" + settings.region() + ":"
        + settings.accountId() + ":rule/" + name + "\"],\"detail\":{}}";
  }

  private void invokeScheduled(String functionId, String schedule, String payload) {
    InvocationResult result = functions.get(functionId).invoke(payload.getBytes(StandardCharsets.UTF_8));
    InvocationLog.record(functionId, "schedule:" + schedule, result, null);
  }

  private HttpHandler admin() {
    return new LocalAdmin(issuer, scheduler);
  }

  /** The platform's time: the clock schedules and the JWT authorizer follow. */
  public Instant now() {
    return clock.instant();
  }

  public int port() {
    return httpApi.port();
  }

  public LocalAws aws() {
    return aws;
  }

  public ProvisionedStack stack() {
    return stack;
  }

  public LocalIssuer issuer() {
    return issuer;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  /** Waits until none of these queues holds a message, visible or in flight, for two looks in a row. */
  public boolean awaitQueuesDrained(Duration limit, String... queues) {
    long deadline = System.nanoTime() + limit.toNanos();
    int quiet = 0;
    while (System.nanoTime() < deadline) {
      int pending = 0;
      for (String queue : queues) {
        pending += aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl(queue))
                .attributeNames(software.amazon.awssdk.services.sqs.model.QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    software.amazon.awssdk.services.sqs.model.QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
            .attributesAsStrings().values().stream().mapToInt(Integer::parseInt).sum();
      }
      quiet = pending == 0 ? quiet + 1 : 0;
      if (quiet >= 2) {
        return true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  public Map<String, LambdaFunction> functions() {
    return functions;
  }

  @Override
  public void close() {
    // The functions' JVMs end side by side (a first run writes each one's class-data archive as it ends), before
    // the rest stops in reverse order of starting.
    CompletableFuture.allOf(functions.values().stream().map(f -> CompletableFuture.runAsync(f::close))
        .toArray(CompletableFuture[]::new)).join();
    for (int i = parts.size() - 1; i >= 0; i--) {
      try {
        parts.get(i).close();
      } catch (Exception e) {
        LOG.warn("stopping {} failed: {}", parts.get(i).getClass().getSimpleName(), e.toString());
      }
    }
  }
}
