package org.laborbridge.benchmarks.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bare JVM start: notes when main was entered and stops at once. */
public final class BareJvm {

  private BareJvm() {}

  public static void main(String[] args) throws IOException {
    long mainEpoch = System.currentTimeMillis();
    Files.writeString(Path.of(args[0]), "main\t" + mainEpoch + "\n", StandardCharsets.UTF_8);
    Runtime.getRuntime().halt(0);
  }
}
