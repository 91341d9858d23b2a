package org.laborbridge.localaws.template;

/** A template that cannot be read or resolved, with a message naming the place. */
public final class TemplateException extends RuntimeException {
  public TemplateException(String message) {
    super(message);
  }
}
