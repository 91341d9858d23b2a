package org.laborbridge.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.runner.LocalPlatform;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End to end through the local runner (what ./run-local starts): every function of the template in its own JVM,
 * the HTTP API with its JWT authorizer, the SQS pollers. Each region's HR department becomes a partner and
 * registers job seekers (two per region and trade, each wanting one region); then {@code posts} jobs are posted by
 * signed webhooks, one after another, and the queues are left to drain. Per job: webhook answered, matched
 * (matchedAt of its matches), pushed (pushedAt of its reach items); per function: the runner's invocation log.
 */
final class EndToEnd {

  private static final String[][] TRADES = {
      {"Line cook", "4-03-02-01", "MONTH", "6500"}, {"Electronics assembler", "6-25-01-02", "HOUR", "24"},
      {"Construction rebar worker", "6-29-01-03", "DAY", "320"}};
  private static final Map<Region, String> COUNTIES = Map.of(Region.SICHUAN, "512000", Region.CHONGQING, "500101",
      Region.GUIZHOU, "520100", Region.YUNNAN, "530100", Region.TIBET, "540100", Region.NINGXIA, "640100",
      Region.FUJIAN, "350100", Region.ZHEJIANG, "330100", Region.JIANGSU, "320500");
  private static final Pattern INVOCATION = Pattern.compile("function=(\\S+) trigger=(.+?) ms=(\\d+) outcome=(\\S+)(?: records=(\\d+))?.*");

  private final LocalPlatform platform;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<Region, WebhookSecret> secrets = new LinkedHashMap<>();
  private final List<String[]> invocations = Collections.synchronizedList(new ArrayList<>());

  private EndToEnd(LocalPlatform platform) {
    this.platform = platform;
  }

  static String run(Workspace workspace, int posts) {
    List<String> left = new ArrayList<>();
    Path template = templateWithBuiltFunctions(workspace, left);
    Path keys;
    try {
      keys = Files.createTempDirectory("bench-e2e-keys");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    LocalPlatform.Options options = new LocalPlatform.Options(workspace.root, template, "bench-e2e", 0, null,
        keys.resolve("key.json"), Clock.systemUTC(), false,
        codeUri -> List.of(workspace.functionJar(codeUri).value().orElseThrow()));
    long starting = System.nanoTime();
    try (LocalPlatform platform = LocalPlatform.start(options)) {
      long started = (System.nanoTime() - starting) / 1_000_000;
      String table = new EndToEnd(platform).measure(posts);
      return "Runner started (local AWS, " + platform.functions().size() + " function JVMs) in " + started + " ms."
          + (left.isEmpty() ? "" : " Left out of the template for this run (not built): " + String.join(", ", left) + ".")
          + "\n\n" + table;
    }
  }

  /** The template without the functions whose jar is not built yet: the runner starts every function it declares. */
  private static Path templateWithBuiltFunctions(Workspace workspace, List<String> left) {
    try {
      List<String> lines = Files.readAllLines(workspace.root.resolve("template.yaml"), StandardCharsets.UTF_8);
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.matches("  [A-Za-z0-9]+:\\s*") && i + 1 < lines.size()
            && lines.get(i + 1).trim().equals("Type: AWS::Serverless::Function")) {
          int end = i + 1;
          while (end < lines.size() && !lines.get(end).matches("  \\S.*|\\S.*")) {
            end++;
          }
          String codeUri = lines.subList(i, end).stream().filter(l -> l.trim().startsWith("CodeUri:")).findFirst()
              .map(l -> l.trim().substring("CodeUri:".length()).trim()).orElse("");
          if (workspace.functionJar(codeUri).value().isEmpty()) {
            left.add(line.trim().replace(":", ""));
            i = end - 1;
            continue;
          }
        }
        kept.add(line);
      }
      return workspace.write(workspace.dir.resolve("template-e2e.yaml"), String.join("\n", kept) + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String measure(int posts) {
    Logger invoke = (Logger) LoggerFactory.getLogger("invoke");
    AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        Matcher m = INVOCATION.matcher(event.getFormattedMessage());
        if (m.matches()) {
          invocations.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
      }
    };
    appender.start();
    invoke.addAppender(appender);
    String staff = platform.issuer().token("bench-staff-51", Set.of("staff"), Optional.of("51"), Duration.ofHours(2));
    for (Region region : Region.values()) {
      WebhookSecret secret = WebhookSecret.generate();
      secrets.put(region, secret);
      ObjectNode body = Events.JSON.createObjectNode().put("id", partner(region)).put("name", region.englishName() + " HR Department")
          .put("regionCode", region.code() + "0000").put("kind", "hr-department");
      body.putArray("secrets").add(secret.encoded());
      expect(call("/v1/partners", staff, body.toString()), 201, "register partner");
    }
    int workers = 0;
    for (Region wanted : Region.values()) {
      for (String[] trade : TRADES) {
        for (int k = 0; k < 2; k++) {
          int i = workers++;
          Region home = Region.values()[i % Region.values().length];
          int n = i;
          HttpResponse<String> answer = webhook(home, "bench-worker-" + i, "worker.registered", worker -> {
            worker.put("name", "Bench worker " + n).put("identityNumber", Capacity.identityNumber(7000 + n))
                .put("phone", String.format("139%08d", 20_000 + n)).put("homeCounty", COUNTIES.get(home))
                .put("expectedMonthlyWage", 3000);
            worker.putArray("desiredRegions").add(wanted.code());
            worker.putArray("occupationCodes").add(trade[1]);
            worker.putObject("consent").put("push", true).putArray("channels").add("SMS");
          });
          expect(answer, 200, "register worker");
        }
      }
    }
    platform.awaitQueuesDrained(Duration.ofMinutes(5), "MatchingQueue", "PushQueue");
    invocations.clear();

    long[] sent = new long[posts];
    long[] answered = new long[posts];
    String[] jobIds = new String[posts];
    int refused = 0;
    long first = System.currentTimeMillis();
    for (int i = 0; i < posts; i++) {
      Region region = Region.values()[i % Region.values().length];
      String[] trade = TRADES[(i / Region.values().length) % TRADES.length];
      int n = i;
      sent[i] = System.currentTimeMillis();
      HttpResponse<String> answer = webhook(region, "bench-job-" + i, "job.posted", job -> {
        job.put("externalId", "bench-" + region.code() + "-" + n).put("title", trade[0]).put("occupationCode", trade[1])
            .put("employmentType", "FULL_TIME").put("openings", 5).put("validThrough", LocalDate.now().plusMonths(3).toString())
            .put("accommodationOffered", n % 2 == 0);
        job.putObject("employer").put("name", region.englishName() + " Bench Employer Co., Ltd.").put("creditCode", "91350100M000100Y43");
        job.putObject("location").put("regionCode", COUNTIES.get(region)).put("city", region.englishName());
        job.putObject("salary").put("min", Integer.parseInt(trade[3])).put("unit", trade[2]);
      });
      answered[i] = System.currentTimeMillis();
      if (answer.statusCode() == 200) {
        jobIds[i] = json(answer.body()).path("jobId").asText();
      } else {
        refused++;
      }
      if ((i + 1) % 100 == 0) {
        System.out.printf("  posted %d/%d%n", i + 1, posts);
      }
    }
    long postedAll = System.currentTimeMillis();
    boolean drained = platform.awaitQueuesDrained(Duration.ofMinutes(20), "MatchingQueue", "PushQueue");
    long drainedAt = System.currentTimeMillis();
    return report(posts, sent, answered, jobIds, refused, first, postedAll, drainedAt, drained, workers);
  }

  private String report(int posts, long[] sent, long[] answered, String[] jobIds, int refused, long first,
      long postedAll, long drainedAt, boolean drained, int workers) {
    Map<String, List<Long>> matchedAt = new HashMap<>();
    scan(platform.stack().tableName("MatchesTable"), item -> {
      if (item.containsKey("matchedAt") && item.get("sk").s().startsWith("JOB#") && item.get("pk").s().startsWith("WORKER#")) {
        matchedAt.computeIfAbsent(item.get("sk").s().substring(4), k -> new ArrayList<>())
            .add(Instant.parse(item.get("matchedAt").s()).toEpochMilli());
      }
    });
    Map<String, List<Long>> pushedAt = new HashMap<>();
    Map<String, Integer> reachStatus = new ConcurrentHashMap<>();
    scan(platform.stack().tableName("DeliveriesTable"), item -> {
      if (item.get("pk").s().startsWith("JOB#") && item.get("sk").s().startsWith("WORKER#") && item.containsKey("status")) {
        reachStatus.merge(item.get("status").s(), 1, Integer::sum);
        if (item.containsKey("pushedAt")) {
          pushedAt.computeIfAbsent(item.get("pk").s().substring(4), k -> new ArrayList<>())
              .add(Instant.parse(item.get("pushedAt").s()).toEpochMilli());
        }
      }
    });
    List<Double> webhook = new ArrayList<>();
    List<Double> toMatched = new ArrayList<>();
    List<Double> toPushed = new ArrayList<>();
    List<Double> endToEnd = new ArrayList<>();
    int matchedJobs = 0;
    int matches = 0;
    long lastDone = postedAll;
    for (int i = 0; i < posts; i++) {
      webhook.add((double) (answered[i] - sent[i]));
      List<Long> m = jobIds[i] == null ? null : matchedAt.get(jobIds[i]);
      if (m == null || m.isEmpty()) {
        continue;
      }
      matchedJobs++;
      matches += m.size();
      long matched = Collections.max(m);
      toMatched.add((double) (matched - answered[i]));
      lastDone = Math.max(lastDone, matched);
      List<Long> p = pushedAt.get(jobIds[i]);
      if (p != null && !p.isEmpty()) {
        long pushed = Collections.max(p);
        toPushed.add((double) (pushed - matched));
        endToEnd.add((double) (pushed - sent[i]));
        lastDone = Math.max(lastDone, pushed);
      }
    }
    double seconds = (lastDone - first) / 1000.0;
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "%,d job posts by signed webhook (one client, one after another), %d partners, "
        + "%d job seekers (two per region and trade). Queues %s %.0f s after the last post.%n%n", posts, secrets.size(),
        workers, drained ? "drained" : "NOT drained", (drainedAt - postedAll) / 1000.0));
    md.append(String.format(Locale.ROOT, "- answered 200: %,d of %,d (%d refused); jobs with matches: %,d; matches: %,d; "
        + "reach items: %s%n", posts - refused, posts, refused, matchedJobs, matches, reachStatus));
    md.append(String.format(Locale.ROOT, "- throughput: %.1f job posts/s accepted (%.1f s for all posts); %.1f jobs/s "
        + "through matching and push (first post to the last match or push: %.1f s)%n%n", posts / ((postedAll - first) / 1000.0),
        (postedAll - first) / 1000.0, matchedJobs / seconds, seconds));
    md.append("| stage (per job) | count | p50 ms | p99 ms |\n|---|---|---|---|\n");
    md.append(row("webhook sent → answered (jobs function, through the HTTP API)", webhook));
    md.append(row("answered → matched (MatchingQueue wait + matching; last matchedAt of the job)", toMatched));
    md.append(row("matched → pushed (PushQueue wait + push; last pushedAt of the job, PUSHED only)", toPushed));
    md.append(row("end to end: webhook sent → last push", endToEnd));
    md.append("\n| function (runner's invocation log) | invocations | records per batch (mean) | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
    Map<String, List<String[]>> byFunction = new LinkedHashMap<>();
    synchronized (invocations) {
      invocations.forEach(inv -> byFunction.computeIfAbsent(inv[0], k -> new ArrayList<>()).add(inv));
    }
    byFunction.forEach((function, list) -> md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", function,
        list.size(), list.get(0)[4] == null ? "-" : Stats.num(list.stream().mapToInt(l -> l[4] == null ? 0 : Integer.parseInt(l[4])).average().orElse(0), 1),
        Stats.num(Stats.percentile(list.stream().map(l -> Double.parseDouble(l[2])).toList(), 50), 0),
        Stats.num(Stats.percentile(list.stream().map(l -> Double.parseDouble(l[2])).toList(), 99), 0))));
    return md.toString();
  }

  private static String row(String stage, List<Double> values) {
    return String.format(Locale.ROOT, "| %s | %,d | %s | %s |%n", stage, values.size(), Stats.num(Stats.percentile(values, 50), 0),
        Stats.num(Stats.percentile(values, 99), 0));
  }

  private void scan(String table, Consumer<Map<String, AttributeValue>> each) {
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      ScanResponse page = platform.aws().dynamoDb().scan(r -> r.tableName(table).exclusiveStartKey(from));
      page.items().forEach(each);
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
  }

  private HttpResponse<String> webhook(Region region, String id, String type, Consumer<ObjectNode> data) {
    ObjectNode payload = Events.JSON.createObjectNode().put("type", type);
    data.accept(payload.putObject("data"));
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    long now = platform.now().getEpochSecond();
    return send(HttpRequest.newBuilder(uri("/v1/partners/" + partner(region) + "/webhooks"))
        .header("Content-Type", "application/json").header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(now))
        .header("webhook-signature", WebhookSigner.sign(id, now, body, secrets.get(region)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private HttpResponse<String> call(String path, String token, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(HttpResponse<String> answer, int status, String what) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(what + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + platform.port() + path);
  }

  private static String partner(Region region) {
    return "bench-hr-" + region.code();
  }

  private static JsonNode json(String text) {
    try {
      return Events.JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

}
