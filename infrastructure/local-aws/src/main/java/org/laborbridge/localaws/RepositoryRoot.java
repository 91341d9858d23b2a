package org.laborbridge.localaws;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the LaborBridge checkout (the folder holding template.yaml) from any module's working directory. */
public final class RepositoryRoot {

  /** Set by the build (surefire) and by ./run-local; otherwise we walk up from the working directory. */
  public static final String PROPERTY = "laborbridge.root";

  private RepositoryRoot() {}

  public static Path find() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (isRoot(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the LaborBridge repository (a folder with template.yaml and "
        + "infrastructure/local-aws) above " + Path.of("").toAbsolutePath() + "; set -D" + PROPERTY + "=<path>");
  }

  public static Path localAwsModule() {
    return find().resolve("infrastructure/local-aws");
  }

  private static boolean isRoot(Path dir) {
    return Files.isRegularFile(dir.resolve("template.yaml"))
        && Files.isRegularFile(dir.resolve("infrastructure/local-aws/package.json"));
  }
}
