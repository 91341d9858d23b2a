package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data of push.requested messages as matching writes them, and of campaign.message.requested as campaigns writes
 * them (docs/api/events.md).
 */
final class Messages {

  private Messages() {}

  static ObjectNode pushData(String jobId, String workerId, String homeRegion, String... channels) {
    ObjectNode data = PushFunction.JSON.createObjectNode();
    data.put("workerId", workerId).put("jobId", jobId).put("jobVersion", 1).put("score", 0.87)
        .put("matchedAt", "2026-11-27T10:00:00+08:00");
    data.putArray("reasons").add("same occupation").add("wage above expectation");
    ObjectNode worker = data.putObject("worker");
    worker.put("homeRegion", homeRegion).put("ownerSubject", "account-" + workerId);
    worker.putArray("priorityGroups").add("RELOCATED");
    var list = worker.putArray("channels");
    for (String channel : channels) {
      list.add(channel);
    }
    ObjectNode job = data.putObject("job");
    job.put("title", "Welder, shipyard").put("employerName", "Ningbo Harbour Shipbuilding Co.").put("region", "33")
        .put("countyCode", "330200").put("city", "Ningbo").put("accommodationOffered", true).put("transportOffered", false)
        .put("laborBrand", "Sichuan Welders").put("validThrough", "2027-03-31");
    job.putObject("salary").put("min", 6500.50).put("max", 9000).put("unit", "MONTH").put("monthlyMinimum", 6500.50);
    job.putObject("postedBy").put("kind", "EMPLOYER").put("id", "employer-ningbo");
    return data;
  }

  /** A campaign's reminder of a Ningbo fair for one worker, with the fair and one open job, as campaigns writes it. */
  static ObjectNode campaignData(String campaignId, String day, String workerId, String homeRegion, String... channels) {
    ObjectNode data = PushFunction.JSON.createObjectNode();
    data.put("workerId", workerId).put("campaignId", campaignId).put("campaignName", "Spring Breeze Action 2027")
        .put("day", day).put("occasion", "REMINDER")
        .put("message", "Spring Breeze Action: the Ningbo special fair for migrant workers opens on 5 December.")
        .put("fairId", "fair-ningbo-spring");
    ObjectNode worker = data.putObject("worker");
    worker.put("homeRegion", homeRegion).put("ownerSubject", "account-" + workerId);
    var list = worker.putArray("channels");
    for (String channel : channels) {
      list.add(channel);
    }
    data.putArray("fairs").addObject().put("id", "fair-ningbo-spring").put("name", "Ningbo special fair for migrant workers")
        .put("region", "33").put("venue", "Ningbo International Expo Center").put("startsAt", "2026-12-05T01:00:00Z")
        .put("endsAt", "2026-12-05T09:00:00Z");
    ObjectNode job = data.putArray("jobs").addObject();
    job.put("id", "job-ningbo-welder").put("title", "Welder, shipyard").put("employerName", "Ningbo Harbour Shipbuilding Co.")
        .put("region", "33").put("countyCode", "330200").put("city", "Ningbo").put("validThrough", "2027-03-31");
    job.putObject("salary").put("min", 6500).put("max", 9000).put("unit", "MONTH");
    return data;
  }
}
