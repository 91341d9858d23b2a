package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.FieldCheck;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** A partner as staff register it: who, where, what kind, the webhook secrets it signs with, and its callback URL. */
public record PartnerBody(String id, String name, String regionCode, String kind, List<String> secrets, String callbackUrl) {

  /** The body of a secret rotation: the full set of secrets valid from now on. */
  public record SecretsBody(List<String> secrets) {}

  static List<WebhookSecret> secrets(FieldCheck check, List<String> secrets) {
    List<WebhookSecret> parsed = new ArrayList<>();
    if (secrets == null || secrets.isEmpty()) {
      check.fail("secrets", "is required: one to three secrets such as whsec_...");
      return parsed;
    }
    for (int i = 0; i < secrets.size(); i++) {
      WebhookSecret secret = check.required("secrets[" + i + "]", secrets.get(i), WebhookSecret::parse);
      if (secret != null) {
        parsed.add(secret);
      }
    }
    return parsed;
  }

  static URI callback(String text) {
    try {
      return new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new InvalidValue("callbackUrl", "must be an https URL");
    }
  }

  @Override
  public String toString() {
    return "PartnerBody[id=" + id + "]";
  }
}
