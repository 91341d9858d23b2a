package org.laborbridge.shared.privacy;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks identity numbers and mobile numbers in free text before it reaches a log line.
 *
 * <p>It masks anything that looks like one, valid or not: masking a harmless number costs
 * nothing, leaking a real one cannot be undone.
 */
public final class Redactor {

  // Digit look-arounds keep us from cutting into longer numbers such as bank cards or epoch millis;
  // lower-case x is masked too because people type it. A letter after the number (even an X) does
  // not stop the match: 440524188001010014X must not slip through.
  private static final Pattern IDENTITY = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
  // A country code written straight before the number (+86, 0086, 86) is the one digit run allowed.
  private static final Pattern MOBILE = Pattern.compile(
      "(?:(?<=\\+86)|(?<=(?<!\\d)0086)|(?<=(?<!\\d)86)|(?<!\\d))1[3-9]\\d{9}(?!\\d)");

  private Redactor() {}

  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String withoutIdentities = mask(IDENTITY, text, Masking::identity);
    return mask(MOBILE, withoutIdentities, Masking::phone);
  }

  private static String mask(Pattern pattern, String text, UnaryOperator<String> masking) {
    return pattern.matcher(text).replaceAll(found -> Matcher.quoteReplacement(masking.apply(found.group())));
  }
}
