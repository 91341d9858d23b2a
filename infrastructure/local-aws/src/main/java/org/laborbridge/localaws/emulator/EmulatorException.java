package org.laborbridge.localaws.emulator;

/** An emulator that cannot start or stop, with a message that names the fix. */
public final class EmulatorException extends RuntimeException {
  public EmulatorException(String message) {
    super(message);
  }

  public EmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
