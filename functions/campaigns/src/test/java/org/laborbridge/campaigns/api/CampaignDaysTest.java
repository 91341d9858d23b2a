package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default 2027 calendar (as template.yaml configures it) run day by day with a controlled clock: each campaign
 * sends on its first day to its own audience, and nothing on the days between or outside.
 */
class CampaignDaysTest extends CampaignsHandlerTest {

  static final List<String> ALL_REGIONS = List.of("32", "33", "35", "50", "51", "52", "53", "54", "64");

  @BeforeAll
  void peopleFairsAndJobs() {
    // Sichuan workers: one wants Zhejiang (a migrant worker), one stays home (a priority-group job seeker).
    lambdas.worker("w-migrant", "512000", List.of("33"), false, List.of(), List.of("INBOX", "SMS"), "acc-migrant");
    lambdas.worker("w-local", "510100", List.of("51"), false, List.of("DIFFICULTY_FINDING_JOBS"), List.of("APP"), null);
    // A Chongqing worker open to any region, lifted out of poverty; a Yunnan worker relocated, staying in Yunnan.
    lambdas.worker("w-any", "500100", List.of(), true, List.of("LIFTED_OUT_OF_POVERTY"), List.of("WECHAT"), "acc-any");
    lambdas.worker("w-relocated", "530100", List.of("53"), false, List.of("RELOCATED"), List.of("INBOX"), null);
    // Wants Zhejiang too, but never consented to pushes: not in the audience index, never told.
    lambdas.worker("w-silent", "512000", List.of("33"), false, List.of("RELOCATED"), List.of(), null);
    lambdas.fair("fair-ningbo-special", "33", "Spring Breeze special fair, Ningbo", "spring-breeze-2027",
        Instant.parse("2027-02-10T01:00:00Z"), "SCHEDULED");
    lambdas.fair("fair-hangzhou-off", "33", "Hangzhou fair (called off)", "spring-breeze-2027",
        Instant.parse("2027-02-05T01:00:00Z"), "CANCELLED");
    lambdas.fair("fair-chengdu", "51", "Chengdu spring fair", null, Instant.parse("2027-02-20T01:00:00Z"), "SCHEDULED");
    lambdas.job("job-welder", "33", "Welder (ship hull sections)", "2027-01-10T00:00:00.000000000Z", "2027-03-31");
    lambdas.job("job-expired", "33", "Harvest helper", "2027-01-12T00:00:00.000000000Z", "2027-01-15");
    lambdas.job("job-cook", "51", "Canteen cook", "2027-01-11T00:00:00.000000000Z", "2027-06-30");
  }

  @Test
  void the_day_before_spring_breeze_nothing_is_sent() {
    assertEquals(List.of(), runDay(LocalDate.of(2027, 1, 24)));
  }

  @Test
  void spring_breeze_opens_to_consented_migrant_workers_and_the_employers_of_every_region() {
    List<JsonNode> sent = runDay(LocalDate.of(2027, 1, 25));

    assertEquals(List.of("w-any", "w-migrant"), workerIds(sent));
    assertEquals(ALL_REGIONS, noticeRegions(sent));
    JsonNode migrant = sent.stream().filter(m -> m.path("data").path("workerId").asText().equals("w-migrant"))
        .findFirst().orElseThrow().path("data");
    assertEquals("spring-breeze-2027", migrant.path("campaignId").asText());
    assertEquals("OPENING", migrant.path("occasion").asText());
    assertTrue(migrant.path("message").asText().startsWith("Spring Breeze Action 2027 runs from 2027-01-25"));
    assertEquals("51", migrant.path("worker").path("homeRegion").asText());
    assertEquals("acc-migrant", migrant.path("worker").path("ownerSubject").asText());
    assertEquals(List.of("INBOX", "SMS"), texts(migrant.path("worker").path("channels")));
    // Fairs and jobs where the worker wants to work (Zhejiang): the cancelled fair and the expired job left out.
    assertEquals(List.of("fair-ningbo-special"), ids(migrant.path("fairs")));
    assertEquals(List.of("job-welder"), ids(migrant.path("jobs")));
    JsonNode employers = sent.stream().filter(m -> m.path("data").path("region").asText().equals("33")).findFirst()
        .orElseThrow().path("data");
    assertEquals(List.of("SMS", "APP", "WECHAT"), texts(employers.path("channels")));
    assertEquals("campaign.message", employers.path("eventType").asText());
    assertEquals("EMPLOYERS", employers.path("payload").path("audience").asText());
    assertEquals(List.of("fair-ningbo-special"), ids(employers.path("payload").path("fairs")));
  }

  @Test
  void a_day_inside_spring_breeze_that_is_no_send_day_sends_nothing() {
    assertEquals(List.of(), runDay(LocalDate.of(2027, 3, 10)));
  }

  @Test
  void private_enterprise_service_month_tells_each_regions_employers_and_every_consented_job_seeker() {
    List<JsonNode> sent = runDay(LocalDate.of(2027, 4, 1));

    assertEquals(ALL_REGIONS, noticeRegions(sent));
    assertEquals(List.of("w-any", "w-local", "w-migrant", "w-relocated"), workerIds(sent));
  }

  @Test
  void golden_autumn_reaches_every_consented_job_seeker_and_no_employer_with_nothing_personal_in_any_message() {
    List<JsonNode> sent = runDay(LocalDate.of(2027, 10, 1));

    assertEquals(List.of("w-any", "w-local", "w-migrant", "w-relocated"), workerIds(sent));
    assertEquals(List.of(), noticeRegions(sent));
    for (JsonNode message : sent) {
      String text = message.toString();
      // The worker's name, phone and identity number, the employer's credit code and address, fairs' registrants.
      for (String never : List.of("Wang Xiaoming", "13812345678", "11010519491231002X", "9144030071526726XG",
          "88 Harbour Road", "reg-1")) {
        assertFalse(text.contains(never), () -> never + " in " + text);
      }
    }
  }

  @Test
  void employment_assistance_month_reaches_only_the_priority_groups() {
    List<JsonNode> sent = runDay(LocalDate.of(2027, 12, 15));

    assertEquals(List.of("w-any", "w-local", "w-relocated"), workerIds(sent));
    assertEquals(List.of(), noticeRegions(sent));
  }

  @Test
  void a_reminder_a_week_before_a_special_fair_names_the_fair_first() {
    lambdas.clock.set(START);
    var body = bodyOf(campaign("spring-breeze-2027"));
    body.putArray("reminders").addObject().put("on", "2027-02-03").put("fairId", "fair-ningbo-special")
        .put("message", "One week to the Spring Breeze special fair in Ningbo: register for a seat.");
    ApiGatewayResponse changed = lambdas.send(ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027", body.toString())
        .asStaff("51"));
    assertEquals(200, changed.status(), changed::toString);

    List<JsonNode> sent = runDay(LocalDate.of(2027, 2, 3));

    assertEquals(List.of("w-any", "w-migrant"), workerIds(sent));
    assertEquals(ALL_REGIONS, noticeRegions(sent));
    JsonNode any = sent.stream().filter(m -> m.path("data").path("workerId").asText().equals("w-any")).findFirst()
        .orElseThrow().path("data");
    assertEquals("REMINDER", any.path("occasion").asText());
    assertEquals("fair-ningbo-special", any.path("fairId").asText());
    assertEquals("One week to the Spring Breeze special fair in Ningbo: register for a seat.", any.path("message").asText());
    // Open to any region: the fair of the reminder first, then what the worker's home region (Chongqing) holds.
    assertEquals("fair-ningbo-special", any.path("fairs").get(0).path("id").asText());
  }

  private static List<String> texts(JsonNode list) {
    java.util.ArrayList<String> texts = new java.util.ArrayList<>();
    list.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<String> ids(JsonNode list) {
    java.util.ArrayList<String> ids = new java.util.ArrayList<>();
    list.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }
}
