package org.laborbridge.campaigns.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day on which a campaign sends again: a day within the campaign, or a day before a fair the reminder is linked to
 * (e.g. a week before a special fair for migrant workers). Without a message of its own it repeats the campaign's.
 */
public record Reminder(LocalDate on, Optional<String> fairId, Optional<String> message) {

  public Reminder {
    Objects.requireNonNull(on, "on");
    fairId = fairId == null ? Optional.empty() : fairId.map(String::strip).filter(f -> !f.isEmpty());
    message = message == null ? Optional.empty() : message.map(String::strip).filter(m -> !m.isEmpty());
  }
}
