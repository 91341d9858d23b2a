package org.laborbridge.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./run-local --demo}: a day on the platform through its public API. Each region's HR department is
 * registered as a partner; partners register job seekers and post jobs by signed webhooks; a redelivered webhook
 * is answered without a second effect; each region lists its jobs; matching and push run and the demo shows whom
 * the jobs reached, a job fair whose waitlist moves up, and one campaign day.
 */
final class Demo {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] JOBS = {
      {"Line cook", "4-03-02-01", "MONTH", "6500"}, {"Electronics assembler", "6-25-01-02", "HOUR", "24"},
      {"Construction rebar worker", "6-29-01-03", "DAY", "320"}};
  /** A county-level code per region, for homes and workplaces. */
  private static final Map<Region, String> COUNTIES = Map.of(Region.SICHUAN, "512000", Region.CHONGQING, "500101",
      Region.GUIZHOU, "520100", Region.YUNNAN, "530100", Region.TIBET, "540100", Region.NINGXIA, "640100",
      Region.FUJIAN, "350100", Region.ZHEJIANG, "330100", Region.JIANGSU, "320500");

  /** The queues the story's messages pass through. */
  private static final String[] QUEUES = {"MatchingQueue", "PushQueue", "CampaignsQueue"};

  private final LocalPlatform platform;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String staff;
  private final Map<Region, WebhookSecret> secrets = new LinkedHashMap<>();

  Demo(LocalPlatform platform, PrintStream out) {
    this.platform = platform;
    this.out = out;
    this.staff = platform.issuer().token("demo-staff-51", Set.of("staff"), Optional.of("51"), Duration.ofHours(1));
  }

  /** What the demo did, for the summary and for its test. */
  record Summary(int partners, int workers, int jobs, boolean replayAnsweredTheSame, Map<String, Integer> openJobsByRegion,
      boolean queuesDrained, int reached, int pushed, int deferred, List<String> fairAnswers, JsonNode campaignDay) {}

  Summary run() {
    out.println("\n=== LaborBridge demo: nine regions, their partners, job seekers and jobs ===");
    int partners = step("register each region's HR department as a partner", Region.values().length, i -> {
      Region region = Region.values()[i];
      WebhookSecret secret = WebhookSecret.generate();
      secrets.put(region, secret);
      ObjectNode body = JSON.createObjectNode().put("id", partnerId(region)).put("name", region.englishName() + " HR Department")
          .put("regionCode", region.code() + "0000").put("kind", "hr-department");
      body.putArray("secrets").add(secret.encoded());
      return call("POST", "/v1/partners", staff, body.toString()).statusCode() == 201;
    });
    List<String> workerIds = new ArrayList<>();
    int workers = step("partners register job seekers (two per region)", Region.values().length * 2, i -> {
      Region home = Region.values()[i / 2];
      Region wanted = Region.values()[(i + 7) % Region.values().length];
      ObjectNode worker = JSON.createObjectNode().put("name", "Demo worker " + (i + 1))
          .put("identityNumber", identityNumber(COUNTIES.get(home), i)).put("phone", "139" + String.format("%08d", 10_000 + i))
          .put("homeCounty", COUNTIES.get(home)).put("expectedMonthlyWage", 4500 + 100 * i);
      worker.putArray("desiredRegions").add(wanted.code()).add(Region.ZHEJIANG.code());
      worker.putArray("occupationCodes").add(JOBS[i % JOBS.length][1]);
      worker.putObject("consent").put("push", true).putArray("channels").add("SMS");
      HttpResponse<String> answer = webhook(home, "demo-worker-" + i, "worker.registered", worker);
      workerIds.add(json(answer.body()).path("workerId").asText());
      return answer.statusCode() == 200;
    });
    List<String> deliveries = new ArrayList<>();
    Map<String, Region> jobRegions = new LinkedHashMap<>();
    int jobs = step("partners post jobs by signed webhook (three per region)", Region.values().length * JOBS.length, i -> {
      Region region = Region.values()[i / JOBS.length];
      String[] kind = JOBS[i % JOBS.length];
      ObjectNode job = JSON.createObjectNode().put("externalId", region.code() + "-" + i).put("title", kind[0])
          .put("occupationCode", kind[1]).put("employmentType", "FULL_TIME").put("openings", 5 + i)
          .put("validThrough", LocalDate.now().plusMonths(3).toString()).put("accommodationOffered", i % 2 == 0);
      job.putObject("employer").put("name", region.englishName() + " Demo Employer Co., Ltd.").put("creditCode", "91350100M000100Y43");
      job.putObject("location").put("regionCode", COUNTIES.get(region)).put("city", region.englishName());
      job.putObject("salary").put("min", Integer.parseInt(kind[3])).put("unit", kind[2]);
      HttpResponse<String> answer = webhook(region, "demo-job-" + i, "job.posted", job);
      deliveries.add(answer.body());
      jobRegions.put(json(answer.body()).path("jobId").asText(), region);
      return answer.statusCode() == 200;
    });

    out.println("\n-- a partner's sender retries delivery demo-job-0 (same webhook-id, new signature)");
    Region first = Region.values()[0];
    ObjectNode again = JSON.createObjectNode().put("externalId", first.code() + "-0").put("title", "ignored on replay");
    HttpResponse<String> replay = webhook(first, "demo-job-0", "job.posted", again);
    boolean same = replay.statusCode() == 200 && replay.body().equals(deliveries.get(0));
    out.println("   answered " + replay.statusCode() + (same ? ", the same as the first time; nothing written twice" : ": " + replay.body()));

    out.println("\n-- open jobs each region lists (GET /v1/jobs?region=..)");
    Map<String, Integer> open = new LinkedHashMap<>();
    for (Region region : Region.values()) {
      JsonNode page = json(call("GET", "/v1/jobs?region=" + region.code() + "&limit=100", staff, null).body());
      open.put(region.code(), page.path("items").size());
      out.printf("   %s %-10s %d%n", region.code(), region.englishName(), page.path("items").size());
    }
    out.println("\n-- matching finds the right workers for each job and push delivers (queues drain)");
    boolean drained = platform.awaitQueuesDrained(Duration.ofSeconds(90), QUEUES);
    int reached = 0;
    int pushed = 0;
    int deferred = 0;
    for (Map.Entry<String, Region> job : jobRegions.entrySet()) {
      String regionStaff = platform.issuer().token("demo-staff-" + job.getValue().code(), Set.of("staff"),
          Optional.of(job.getValue().code()), Duration.ofMinutes(10));
      JsonNode counts = json(call("GET", "/v1/jobs/" + job.getKey() + "/matches", regionStaff, null).body()).path("counts");
      reached += counts.path("total").asInt();
      pushed += counts.path("pushed").asInt();
      deferred += counts.path("deferred").asInt();
    }
    out.printf("   %d job-worker matches: %d pushed to inboxes, %d deferred by quiet hours (22:00-08:00 Shanghai) or the"
        + " daily limit%n", reached, pushed, deferred);
    Region home = Region.values()[0];
    String homeStaff = platform.issuer().token("demo-staff-" + home.code(), Set.of("staff"), Optional.of(home.code()),
        Duration.ofMinutes(10));
    JsonNode inbox = json(call("GET", "/v1/workers/" + workerIds.get(0) + "/matches", homeStaff, null).body());
    out.println("   the first Sichuan job seeker's inbox (as staff of Sichuan see it):");
    inbox.path("items").forEach(entry -> out.println("     - " + ("CAMPAIGN".equals(entry.path("kind").asText())
        ? entry.path("campaign").path("campaignName").asText("campaign message")
        : entry.path("job").path("title").asText() + "  (" + entry.path("reasons").toString() + ")")));
    if (inbox.path("items").isEmpty()) {
      out.println("     (empty: pushes may be waiting for 08:00 Shanghai time)");
    }
    List<String> fairAnswers = fair(workerIds.subList(0, 2));
    JsonNode campaignDay = campaignDay();
    out.println("=== demo done: the platform keeps running; explore it with the token printed above ===\n");
    return new Summary(partners, workers, jobs, same, open, drained, reached, pushed, deferred, fairAnswers, campaignDay);
  }

  /**
   * A Spring Breeze special fair in Chengdu with one seat: Sichuan staff register two Sichuan job seekers (who have no
   * accounts of their own: partners registered them); the first gets the seat, the second waits; the first gives it
   * back and the second has it. Returns the answers in order: 201, 202, 200 (cancelled), 200 (second confirmed).
   */
  private List<String> fair(List<String> sichuanWorkers) {
    out.println("\n-- a job fair: one seat, two job seekers; a cancellation promotes the waitlist");
    String body = JSON.createObjectNode().put("name", "Spring Breeze special fair for migrant workers (demo)")
        .put("kind", "MIGRANT_WORKER_SPECIAL").put("regionCode", "51").put("venue", "Chengdu Human Resources Market")
        .put("startsAt", platform.now().plus(Duration.ofDays(7)).toString())
        .put("endsAt", platform.now().plus(Duration.ofDays(7).plusHours(8)).toString())
        .put("seats", 1).put("booths", 5)
        .put("registrationOpensAt", platform.now().minus(Duration.ofDays(1)).toString())
        .put("registrationClosesAt", platform.now().plus(Duration.ofDays(7)).toString()).toString();
    JsonNode fair = json(call("POST", "/v1/fairs", staff, body).body());
    String fairId = fair.path("id").asText();
    List<String> answers = new ArrayList<>();
    List<String> registrations = new ArrayList<>();
    for (String worker : sichuanWorkers) {
      HttpResponse<String> answer = call("POST", "/v1/fairs/" + fairId + "/registrations", staff,
          JSON.createObjectNode().put("workerId", worker).toString());
      JsonNode registration = json(answer.body());
      registrations.add(registration.path("id").asText());
      answers.add(answer.statusCode() + " " + registration.path("status").asText());
      out.printf("   %s: %d %s%s%n", worker, answer.statusCode(), registration.path("status").asText(),
          registration.has("position") ? " (position " + registration.path("position").asInt() + ")" : "");
    }
    HttpResponse<String> cancelled = call("POST", "/v1/fairs/" + fairId + "/registrations/" + registrations.get(0)
        + "/cancel", staff, null);
    answers.add(cancelled.statusCode() + " " + json(cancelled.body()).path("status").asText());
    HttpResponse<String> promoted = call("GET", "/v1/fairs/" + fairId + "/registrations/" + registrations.get(1), staff, null);
    answers.add(promoted.statusCode() + " " + json(promoted.body()).path("status").asText());
    out.printf("   the first gives the seat back; the second is now %s, check-in code %s%n",
        json(promoted.body()).path("status").asText(), json(promoted.body()).path("checkIn").path("display").asText());
    return answers;
  }

  /**
   * One campaign day: Sichuan staff add a Spring Breeze campaign starting today for migrant workers and employers in
   * every region, the daily schedule is fired by hand, the audience is fanned out page by page through the campaigns
   * queue and push, and the day's record says what went out, region by region (counts only).
   */
  private JsonNode campaignDay() {
    out.println("\n-- a campaign day: Spring Breeze for migrant workers and employers (the daily schedule, fired now)");
    LocalDate today = LocalDate.ofInstant(platform.now(), java.time.ZoneId.of("Asia/Shanghai"));
    String id = "demo-spring-breeze-" + today.getYear();
    ObjectNode campaign = JSON.createObjectNode().put("id", id).put("name", "Spring Breeze Action (demo)")
        .put("startsOn", today.toString()).put("endsOn", today.plusDays(30).toString())
        .put("message", "Spring Breeze: jobs in the regions you chose, special fairs and point-to-point transport.");
    campaign.putArray("targetGroups").add("MIGRANT_WORKERS").add("EMPLOYERS");
    com.fasterxml.jackson.databind.node.ArrayNode regions = campaign.putArray("regions");
    Arrays.stream(Region.values()).forEach(region -> regions.add(region.code()));
    HttpResponse<String> added = call("POST", "/v1/campaigns", staff, campaign.toString());
    out.println("   campaign " + id + ": " + added.statusCode());
    platform.scheduler().fireNow("CampaignDayFunction.EveryMorning");
    boolean drained = platform.awaitQueuesDrained(Duration.ofSeconds(90), QUEUES);
    JsonNode day = json(call("GET", "/v1/campaigns/" + id + "/days/" + today, staff, null).body());
    day.path("regions").forEach(region -> out.printf("   region %s: %s, %d messages to workers%s%n",
        region.path("region").asText(), region.path("workers").path("status").asText("-"),
        region.path("workers").path("messagesQueued").asInt(),
        region.path("employersNotified").asBoolean() ? ", employers notified" : ""));
    if (!drained) {
      out.println("   (queues still busy: the campaign day goes on in the background)");
    }
    return day;
  }

  private interface Attempt {
    boolean run(int index);
  }

  /** Runs one step of the story with a progress bar; returns how many attempts succeeded. */
  private int step(String title, int count, Attempt attempt) {
    int succeeded = 0;
    for (int i = 0; i < count; i++) {
      if (attempt.run(i)) {
        succeeded++;
      }
      int filled = (i + 1) * 30 / count;
      out.printf("\r   %-58s [%s%s] %d/%d", title, "#".repeat(filled), ".".repeat(30 - filled), i + 1, count);
    }
    out.println(succeeded == count ? "  ok" : "  " + (count - succeeded) + " failed");
    return succeeded;
  }

  private HttpResponse<String> webhook(Region region, String id, String type, ObjectNode data) {
    ObjectNode payload = JSON.createObjectNode().put("type", type);
    payload.set("data", data);
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    long now = platform.now().getEpochSecond();
    try {
      return http.send(HttpRequest.newBuilder(uri("/v1/partners/" + partnerId(region) + "/webhooks"))
          .header("Content-Type", "application/json").header("webhook-id", id)
          .header("webhook-timestamp", Long.toString(now))
          .header("webhook-signature", WebhookSigner.sign(id, now, body, secrets.get(region)))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> call(String method, String path, String token, String body) {
    try {
      return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + token)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + platform.port() + path);
  }

  private static String partnerId(Region region) {
    return "hr-" + region.code();
  }

  /** A made-up but well-formed identity number: the county, a birth date in the 1990s, a sequence, its check character. */
  static String identityNumber(String county, int index) {
    String first17 = county + LocalDate.of(1990, 1, 1).plusDays(index * 37L).toString().replace("-", "")
        + String.format("%03d", 100 + index);
    return first17 + ResidentIdentityNumber.checkCharacter(first17);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
