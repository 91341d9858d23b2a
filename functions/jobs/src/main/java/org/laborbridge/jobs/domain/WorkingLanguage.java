package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A language used at work and the level needed (CEFR levels, or native), as EURES records them. */
public record WorkingLanguage(String language, LanguageLevel level) {

  private static final Pattern ISO_639 = Pattern.compile("[a-z]{2,3}");

  public WorkingLanguage {
    if (language == null || !ISO_639.matcher(language).matches()) {
      throw new InvalidValue("workingLanguages.language", "must be an ISO 639 code such as zh, en or bo");
    }
    Objects.requireNonNull(level, "level");
  }

  /** Levels of the Common European Framework, plus native speaker. */
  public enum LanguageLevel { A1, A2, B1, B2, C1, C2, NATIVE }
}
