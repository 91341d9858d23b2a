package org.laborbridge.reports.domain;

/** Escaping for the XML the report writes (the xlsx parts and the XHTML page with its SVG). */
final class Markup {

  private Markup() {}

  /** Text fit for element content and attribute values alike; characters XML cannot hold are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || c >= 0x10000) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
