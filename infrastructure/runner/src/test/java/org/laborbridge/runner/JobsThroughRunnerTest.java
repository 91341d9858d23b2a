package org.laborbridge.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The repository's template run as ./run-local runs it: real HTTP requests served end to end by the jobs function's jar. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsThroughRunnerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private LocalPlatform platform;
  private String staff;

  @BeforeAll
  void start(@TempDir Path keys) {
    Path root = RepositoryRoot.find();
    platform = LocalPlatform.start(new LocalPlatform.Options(root, root.resolve("template.yaml"), "runner-test", 0, null,
        keys.resolve("key.json"), Clock.systemUTC(), true, FunctionCode.moduleJars(root)));
    staff = platform.issuer().token("staff-51", Set.of("staff"), Optional.of("51"), Duration.ofMinutes(30));
  }

  @AfterAll
  void stop() {
    platform.close();
  }

  private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_request_without_a_token_is_refused_by_the_authorizer_before_any_function_runs() throws Exception {
    HttpResponse<String> response = call("GET", "/v1/jobs?region=51", null, null);
    assertEquals(401, response.statusCode());
    assertEquals("{\"message\":\"Unauthorized\"}", response.body());
    assertEquals(401, call("GET", "/v1/jobs?region=51", "not-a-jwt", null).statusCode());
  }

  @Test
  void staff_register_a_partner_and_a_worker_sees_only_their_own_record() throws Exception {
    HttpResponse<String> partner = call("POST", "/v1/partners", staff, "{\"id\":\"cq-hr\",\"name\":\"Chongqing HR\","
        + "\"regionCode\":\"500000\",\"kind\":\"hr-department\",\"secrets\":[\"" + WebhookSecret.generate().encoded() + "\"]}");
    assertEquals(201, partner.statusCode(), partner.body());
    assertEquals("/v1/partners/cq-hr", partner.headers().firstValue("Location").orElseThrow());

    String worker = platform.issuer().token("li-wei", Set.of("worker"), Optional.empty(), Duration.ofMinutes(30));
    HttpResponse<String> registered = call("POST", "/v1/workers", worker, """
        {"name":"Li Wei","identityNumber":"11010519491231002X","phone":"13812345678","homeCounty":"512000",
         "desiredRegions":["50"],"occupationCodes":["6-01-02-03"],"consent":{"push":true,"channels":["SMS"]}}""");
    assertEquals(201, registered.statusCode(), registered.body());
    String id = JSON.readTree(registered.body()).path("id").asText();
    // The claims the authorizer verified reach the function: the owner sees the whole phone, staff a masked one.
    assertEquals("13812345678", JSON.readTree(call("GET", "/v1/workers/" + id, worker, null).body()).path("phone").asText());
    assertEquals("138****5678", JSON.readTree(call("GET", "/v1/workers/" + id, staff, null).body()).path("phone").asText());
  }

  @Test
  void a_signed_partner_webhook_passes_without_a_jwt_and_its_job_is_matched_and_pushed() throws Exception {
    String wang = platform.issuer().token("wang-fang", Set.of("worker"), Optional.empty(), Duration.ofMinutes(30));
    assertEquals(201, call("POST", "/v1/workers", wang, """
        {"name":"Wang Fang","identityNumber":"440524188001010014","phone":"13912345678","homeCounty":"512000",
         "desiredRegions":["32"],"occupationCodes":["6-25-01-03"],"expectedMonthlyWage":3000,
         "consent":{"push":true,"channels":["INBOX"]}}""").statusCode());
    WebhookSecret secret = WebhookSecret.generate();
    assertEquals(201, call("POST", "/v1/partners", staff, "{\"id\":\"js-agency\",\"name\":\"Suzhou Labor Agency\","
        + "\"regionCode\":\"320500\",\"kind\":\"agency\",\"secrets\":[\"" + secret.encoded() + "\"]}").statusCode());
    String body = """
        {"type":"job.posted","data":{"externalId":"SZ-1","title":"Electronics assembler","occupationCode":"6-25-01-02",
         "employer":{"name":"Suzhou Circuits Ltd.","creditCode":"91350100M000100Y43"},
         "location":{"regionCode":"320500","city":"Suzhou"},"salary":{"min":22,"max":26,"unit":"HOUR"},
         "employmentType":"FULL_TIME","openings":40,"validThrough":"2099-12-31","accommodationOffered":true}}""";
    long now = Instant.now().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + "/v1/partners/js-agency/webhooks"))
        .header("Content-Type", "application/json")
        .header("webhook-id", "msg_runner_1")
        .header("webhook-timestamp", Long.toString(now))
        .header("webhook-signature", WebhookSigner.sign("msg_runner_1", now, body.getBytes(StandardCharsets.UTF_8), secret))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> delivered = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, delivered.statusCode(), delivered.body());
    String jobId = JSON.readTree(delivered.body()).path("jobId").asText();

    // job.posted → MatchingFunction (SQS) → push.requested → PushFunction (SQS) → the job's reach, through the runner.
    String staff32 = platform.issuer().token("staff-32", Set.of("staff"), Optional.of("32"), Duration.ofMinutes(30));
    JsonNode reach = null;
    for (int i = 0; i < 60 && (reach == null || reach.path("counts").path("total").asInt() < 1); i++) {
      Thread.sleep(500);
      reach = JSON.readTree(call("GET", "/v1/jobs/" + jobId + "/matches", staff32, null).body());
    }
    assertEquals(1, reach.path("counts").path("total").asInt(), reach::toString);
    JsonNode job = JSON.readTree(call("GET", "/v1/jobs/" + jobId, staff, null).body());
    assertEquals(22 * 174, job.path("salary").path("monthlyMinimum").asInt());
  }

  @Test
  void an_unknown_route_is_api_gateways_404() throws Exception {
    HttpResponse<String> response = call("GET", "/v2/nothing", staff, null);
    assertEquals(404, response.statusCode());
    assertEquals("{\"message\":\"Not Found\"}", response.body());
  }
}
