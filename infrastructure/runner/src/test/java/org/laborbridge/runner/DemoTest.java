package org.laborbridge.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.shared.identity.ResidentIdentityNumber;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./run-local --demo tells its story through the real API, and every step succeeds. */
class DemoTest {

  @Test
  void the_demo_registers_partners_and_workers_posts_jobs_and_matches_them_and_a_replay_changes_nothing(@TempDir Path keys)
      throws Exception {
    Path root = RepositoryRoot.find();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Options(root, root.resolve("template.yaml"), "demo", 0,
        null, keys.resolve("key.json"), Clock.systemUTC(), true, FunctionCode.moduleJars(root)))) {
      Demo.Summary summary = new Demo(platform, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

      assertEquals(9, summary.partners());
      assertEquals(18, summary.workers());
      assertEquals(27, summary.jobs());
      assertTrue(summary.replayAnsweredTheSame());
      summary.openJobsByRegion().values().forEach(open -> assertEquals(3, open));
      assertEquals(Map.of("51", 3), Map.of("51", summary.openJobsByRegion().get("51")));
      assertTrue(summary.queuesDrained(), "matching and push consumed every message");
      assertTrue(summary.reached() > 0, "the jobs reached workers");
      assertEquals(summary.reached(), summary.pushed() + summary.deferred(), "every match is pushed or deferred, none dropped");
      assertEquals(List.of("201 CONFIRMED", "202 WAITLISTED", "200 CANCELLED", "200 CONFIRMED"), summary.fairAnswers());
      // The campaign day went out in every region: employers told, each region's consented workers fanned out.
      assertEquals(9, summary.campaignDay().path("regions").size(), summary.campaignDay()::toString);
      summary.campaignDay().path("regions").forEach(region ->
          assertTrue(region.path("employersNotified").asBoolean(), region::toString));
      // The deployable jars read their own settings (no YAML parser in them): an empty page still lists its items.
      String token = platform.issuer().token("demo-worker", java.util.Set.of("worker"), java.util.Optional.empty(),
          java.time.Duration.ofMinutes(5));
      java.net.http.HttpResponse<String> empty = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
          .newBuilder(java.net.URI.create("http://localhost:" + platform.port() + "/v1/fairs?region=54"))
          .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals("{\"items\":[]}", empty.body());
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("the same as the first time"), output);
    assertTrue(output.contains("[##############################] 27/27  ok"), output);
  }

  @Test
  void demo_identity_numbers_are_well_formed() {
    for (int i = 0; i < 18; i++) {
      ResidentIdentityNumber.parse(Demo.identityNumber("512000", i), LocalDate.of(2026, 11, 27));
    }
  }
}
