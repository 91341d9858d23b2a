package org.laborbridge.runner.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A function JVM's class-data sharing archive (AppCDS), kept between local runs: the first start of a function with
 * a given jar writes the classes it loaded when its JVM ends; later starts map them instead of loading and verifying
 * them again. Measured with ./benchmarks/run cold --cds: cold starts 36-59 % shorter (docs/benchmarks.md). An archive
 * is named after the jar's size and modification time, so a rebuilt jar trains a new one; a stale or unreadable
 * archive is ignored by the JVM, never fatal.
 */
public record ClassDataArchive(Path directory) {

  /** Tells the function's JVM to write its archive when it ends normally (the stdin watcher exits, not halts). */
  public static final String TRAINING_PROPERTY = "laborbridge.cds.training";

  /** The JVM options for one start of a function on {@code classpath}. */
  public List<String> options(String logicalId, List<Path> classpath) {
    List<String> options = new ArrayList<>();
    Path archive = directory.resolve(logicalId + "-" + fingerprint(classpath) + ".jsa");
    if (Files.isRegularFile(archive)) {
      options.add("-XX:SharedArchiveFile=" + archive);
    } else {
      try {
        Files.createDirectories(directory);
        // Archives of the function's earlier jars are of no use any more.
        try (var earlier = Files.newDirectoryStream(directory, logicalId + "-*.jsa")) {
          for (Path stale : earlier) {
            Files.deleteIfExists(stale);
          }
        }
      } catch (IOException e) {
        return options;
      }
      options.add("-XX:ArchiveClassesAtExit=" + archive);
      options.add("-D" + TRAINING_PROPERTY + "=true");
    }
    // An archive that does not fit (another JDK, another jar) is skipped with a note, not an error.
    options.add("-Xshare:auto");
    options.add("-Xlog:cds=off,cds+dynamic=off");
    return options;
  }

  private static String fingerprint(List<Path> classpath) {
    long hash = 17;
    for (Path entry : classpath) {
      try {
        hash = hash * 31 + Files.size(entry);
        hash = hash * 31 + Files.getLastModifiedTime(entry).toMillis();
      } catch (IOException e) {
        hash = hash * 31 + entry.hashCode();
      }
    }
    return Long.toHexString(hash);
  }
}
