package org.laborbridge.matching.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Envelopes as the jobs function puts them on the matching queue (docs/api/events.md), built to order:
 * a welder from Sichuan wanting Zhejiang, and a welding job in Zhejiang.
 */
final class Events {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant AT = Instant.parse("2026-11-27T01:00:00Z");

  private Events() {}

  static Worker worker(String id) {
    return new Worker(id);
  }

  static Job job(String id) {
    return new Job(id);
  }

  /** The envelope id the jobs function gives an event about one version of one record. */
  static String eventId(String type, String recordId, long version) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", type, recordId, Long.toString(version))
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String envelope(String type, String recordId, long version, ObjectNode data) {
    return EnvelopeCodec.toJson(new Envelope(eventId(type, recordId, version), type, AT, "laborbridge.jobs", data));
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  static final class Worker {
    final String id;
    long version = 1;
    String homeRegion = "51";
    List<String> desired = List.of("33");
    boolean anyRegion;
    List<String> occupations = List.of("6-18-02-04");
    List<String> skills = List.of("arc welding");
    String expected = "6000";
    String availableFrom = "2026-12-01";
    List<String> priorityGroups = List.of();
    boolean consent = true;

    private Worker(String id) {
      this.id = id;
    }

    Worker version(long value) { version = value; return this; }
    Worker home(String code) { homeRegion = code; return this; }
    Worker wants(String... codes) { desired = List.of(codes); anyRegion = false; return this; }
    Worker anyRegion() { anyRegion = true; desired = List.of(); return this; }
    Worker occupations(String... codes) { occupations = List.of(codes); return this; }
    Worker skills(String... values) { skills = List.of(values); return this; }
    Worker expects(String monthly) { expected = monthly; return this; }
    Worker availableFrom(String date) { availableFrom = date; return this; }
    Worker priorityGroups(String... groups) { priorityGroups = List.of(groups); return this; }
    Worker consent(boolean value) { consent = value; return this; }

    ObjectNode data() {
      ObjectNode data = JSON.createObjectNode();
      data.put("id", id);
      data.put("version", version);
      data.put("homeCounty", homeRegion + "2000");
      data.put("homeRegion", homeRegion);
      data.put("ownerSubject", "account-" + id);
      data.set("desiredRegions", strings(desired));
      data.put("anyRegion", anyRegion);
      data.set("occupationCodes", strings(occupations));
      data.set("skills", strings(skills));
      if (expected != null) {
        data.put("expectedMonthlyWage", new java.math.BigDecimal(expected));
      }
      if (availableFrom != null) {
        data.put("availableFrom", availableFrom);
      }
      data.set("priorityGroups", strings(priorityGroups));
      ObjectNode consentNode = data.putObject("consent");
      consentNode.put("granted", consent);
      consentNode.set("channels", strings(consent ? List.of("INBOX", "SMS") : List.of()));
      data.put("createdAt", AT.toString());
      data.put("modifiedAt", AT.toString());
      return data;
    }

    String registered() {
      return envelope("worker.registered", id, version, data());
    }

    String updated() {
      return envelope("worker.updated", id, version, data());
    }
  }

  static final class Job {
    final String id;
    long version = 1;
    String status = "ACTIVE";
    String region = "33";
    String occupation = "6-18-02-04";
    List<String> skills = List.of("arc welding", "reading drawings");
    String monthlyMinimum = "6500";
    String validThrough = "2027-03-31";
    String startDate = "2026-12-01";
    boolean accommodation = true;
    boolean transport;
    String laborBrand;

    private Job(String id) {
      this.id = id;
    }

    Job version(long value) { version = value; return this; }
    Job status(String value) { status = value; return this; }
    Job in(String code) { region = code; return this; }
    Job occupation(String code) { occupation = code; return this; }
    Job paysMonthly(String value) { monthlyMinimum = value; return this; }
    Job validThrough(LocalDate value) { validThrough = value.toString(); return this; }
    Job startDate(String value) { startDate = value; return this; }

    ObjectNode data() {
      ObjectNode data = JSON.createObjectNode();
      data.put("id", id);
      data.put("version", version);
      data.put("status", status);
      data.put("title", "Welder");
      data.put("region", region);
      data.put("countyCode", region + "0200");
      data.put("occupationCode", occupation);
      data.set("skills", strings(skills));
      ObjectNode salary = data.putObject("salary");
      salary.put("min", new java.math.BigDecimal(monthlyMinimum));
      salary.put("max", new java.math.BigDecimal(monthlyMinimum).add(java.math.BigDecimal.valueOf(2000)));
      salary.put("unit", "MONTH");
      salary.put("currency", "CNY");
      salary.put("monthlyMinimum", new java.math.BigDecimal(monthlyMinimum));
      data.put("employmentType", "FULL_TIME");
      data.put("openings", 12);
      data.put("validThrough", validThrough);
      if (startDate != null) {
        data.put("startDate", startDate);
      }
      data.put("accommodationOffered", accommodation);
      data.put("transportOffered", transport);
      if (laborBrand != null) {
        data.put("laborBrand", laborBrand);
      }
      data.putArray("workingLanguages").addObject().put("language", "zh").put("level", "NATIVE");
      data.putObject("postedBy").put("kind", "EMPLOYER").put("id", "employer-sub-1");
      data.put("createdAt", AT.toString());
      data.put("modifiedAt", AT.toString());
      return data;
    }

    String posted() {
      return envelope("job.posted", id, version, data());
    }

    String updated() {
      return envelope("job.updated", id, version, data());
    }

    String closed() {
      return envelope("job.closed", id, version, data());
    }
  }

  static Fair fair(String id) {
    return new Fair(id);
  }

  /**
   * Confirmations as the fairs function puts them on the matching queue ({@code fair.registration.confirmed}): by
   * default a fair in Chengdu, Sichuan, on 5 December 2026, 09:00 to 17:00 Shanghai time.
   */
  static final class Fair {
    final String id;
    String region = "51";
    Instant startsAt = Instant.parse("2026-12-05T01:00:00Z");
    Instant endsAt = Instant.parse("2026-12-05T09:00:00Z");

    private Fair(String id) {
      this.id = id;
    }

    Fair runs(Instant from, Instant to) { startsAt = from; endsAt = to; return this; }

    ObjectNode data(String registrationId, String place) {
      ObjectNode data = JSON.createObjectNode();
      data.put("fairId", id);
      data.put("fairRegion", region);
      data.put("startsAt", startsAt.toString());
      data.put("endsAt", endsAt.toString());
      data.put("registrationId", registrationId);
      data.put("place", place);
      return data;
    }

    ObjectNode seatData(String workerId) {
      ObjectNode data = data("reg-" + id + "-" + workerId, "SEAT");
      data.put("workerId", workerId);
      data.put("homeRegion", "51");
      return data;
    }

    ObjectNode boothData(String employer, String... jobIds) {
      ObjectNode data = data("reg-" + id + "-" + employer, "BOOTH");
      data.put("homeRegion", region);
      data.set("jobIds", strings(List.of(jobIds)));
      return data;
    }

    String seat(String workerId) {
      return confirmation(seatData(workerId));
    }

    String booth(String employer, String... jobIds) {
      return confirmation(boothData(employer, jobIds));
    }
  }

  /** The envelope of a confirmation; like the fairs function, its id is derived from the registration id and round (1). */
  static String confirmation(ObjectNode data) {
    return confirmationFrom("laborbridge.fairs", data);
  }

  static String confirmationFrom(String source, ObjectNode data) {
    String registrationId = data.path("registrationId").asText("none");
    String id = UUID.nameUUIDFromBytes(String.join("|", "message", "fair.registration.confirmed", registrationId, "1")
        .getBytes(StandardCharsets.UTF_8)).toString();
    return EnvelopeCodec.toJson(new Envelope(id, "fair.registration.confirmed", AT, source, data));
  }
}
