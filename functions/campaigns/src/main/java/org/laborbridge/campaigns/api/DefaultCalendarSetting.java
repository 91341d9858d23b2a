package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.laborbridge.campaigns.domain.DefaultCalendar;
import org.laborbridge.campaigns.domain.DefaultCampaign;
import org.laborbridge.campaigns.domain.TargetGroup;

import java.io.IOException;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads CAMPAIGNS_DEFAULT_CALENDAR: a JSON list of the campaigns each year starts with, e.g.
 * {@code [{"key":"spring-breeze","name":"Spring Breeze Action","from":"01-25","to":"04-08",
 * "targetGroups":["MIGRANT_WORKERS","EMPLOYERS"],"message":"..."}]} ({@code message} optional). A setting that
 * cannot be read stops the function at start, naming the entry: better than a calendar silently seeded wrong.
 */
final class DefaultCalendarSetting {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DefaultCalendarSetting() {}

  static DefaultCalendar parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return DefaultCalendar.empty();
    }
    JsonNode list;
    try {
      list = JSON.readTree(setting);
    } catch (IOException e) {
      throw new IllegalStateException("campaigns.default-calendar is not JSON", e);
    }
    if (!list.isArray()) {
      throw new IllegalStateException("campaigns.default-calendar must be a JSON list");
    }
    List<DefaultCampaign> campaigns = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      campaigns.add(entry(list.get(i), "campaigns.default-calendar[" + i + "]"));
    }
    return new DefaultCalendar(campaigns);
  }

  private static DefaultCampaign entry(JsonNode node, String where) {
    try {
      Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
      node.path("targetGroups").forEach(g -> groups.add(TargetGroup.valueOf(g.asText().toUpperCase(Locale.ROOT))));
      if (groups.isEmpty()) {
        throw new IllegalArgumentException("no targetGroups");
      }
      return new DefaultCampaign(required(node, "key"), required(node, "name"), monthDay(required(node, "from")),
          monthDay(required(node, "to")), groups, Optional.ofNullable(node.path("message").textValue()));
    } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException(where + " is not a default campaign: " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode node, String field) {
    String text = node.path(field).textValue();
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return text.strip();
  }

  private static MonthDay monthDay(String text) {
    return MonthDay.parse("--" + text);
  }
}
