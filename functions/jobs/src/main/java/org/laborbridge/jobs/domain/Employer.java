package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.UnifiedSocialCreditCode;

import java.util.Objects;

/** The hiring organisation, identified by its unified social credit code. */
public record Employer(String name, UnifiedSocialCreditCode creditCode) {
  public Employer {
    name = Text.required("employer.name", name, 200);
    Objects.requireNonNull(creditCode, "creditCode");
  }
}
