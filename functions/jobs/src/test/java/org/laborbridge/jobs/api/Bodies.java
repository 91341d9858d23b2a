package org.laborbridge.jobs.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid request bodies to start from; tests break one field at a time. */
final class Bodies {
  private Bodies() {}

  static ObjectNode job() {
    ObjectNode job = JobsFunction.JSON.createObjectNode();
    job.put("title", "Line cook, central kitchen");
    job.put("description", "Prepare Sichuan dishes for a Hangzhou restaurant group; dormitory provided.");
    job.put("occupationCode", "4-03-02-01");
    job.putArray("skills").add("wok cooking").add("food safety");
    job.putObject("employer").put("name", "Hangzhou Spice Kitchen Co., Ltd.").put("creditCode", "9144030071526726XG");
    job.putObject("location").put("regionCode", "330100").put("city", "Hangzhou").put("address", "88 Wensan Road");
    job.putObject("salary").put("min", 6000).put("max", 8000).put("unit", "MONTH").put("currency", "CNY");
    job.put("employmentType", "FULL_TIME");
    job.put("openings", 5);
    job.put("validThrough", "2027-03-31");
    job.put("startDate", "2027-01-15");
    ArrayNode languages = job.putArray("workingLanguages");
    languages.addObject().put("language", "zh").put("level", "B1");
    job.put("laborBrand", "Sichuan Cooks");
    job.put("accommodationOffered", true);
    job.put("transportOffered", false);
    return job;
  }

  static ObjectNode worker() {
    ObjectNode worker = JobsFunction.JSON.createObjectNode();
    worker.put("name", "Li Wei");
    worker.put("identityNumber", "11010519491231002X");
    worker.put("phone", "+8613812345678");
    worker.put("homeCounty", "512000");
    worker.putArray("desiredRegions").add("33").add("32");
    worker.putArray("occupationCodes").add("4-03-02-01");
    worker.putArray("skills").add("wok cooking");
    worker.put("expectedMonthlyWage", 5500);
    worker.put("availableFrom", "2027-01-01");
    worker.putArray("priorityGroups").add("LIFTED_OUT_OF_POVERTY");
    worker.putObject("consent").put("push", true).putArray("channels").add("SMS").add("INBOX");
    return worker;
  }

  static ObjectNode partner(String id, String... secrets) {
    ObjectNode partner = JobsFunction.JSON.createObjectNode();
    partner.put("id", id);
    partner.put("name", "Zhejiang Human Resources and Social Security Department");
    partner.put("regionCode", "330000");
    partner.put("kind", "hr-department");
    ArrayNode list = partner.putArray("secrets");
    for (String secret : secrets) {
      list.add(secret);
    }
    partner.put("callbackUrl", "https://hr.zj.example/laborbridge/callback");
    return partner;
  }
}
