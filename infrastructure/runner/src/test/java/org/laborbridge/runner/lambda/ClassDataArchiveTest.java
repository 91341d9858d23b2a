package org.laborbridge.runner.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first start of a function's jar writes its class-data archive; later starts use it; a new jar trains anew. */
class ClassDataArchiveTest {

  @TempDir
  Path folder;

  @Test
  void a_first_start_trains_the_archive_and_the_next_start_maps_it_until_the_jar_changes() throws Exception {
    Path jar = Files.writeString(folder.resolve("laborbridge-jobs.jar"), "not really a jar");
    ClassDataArchive archives = new ClassDataArchive(folder.resolve("cds"));

    List<String> first = archives.options("JobsFunction", List.of(jar));
    String written = first.stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow()
        .substring("-XX:ArchiveClassesAtExit=".length());
    assertTrue(first.contains("-D" + ClassDataArchive.TRAINING_PROPERTY + "=true"));
    assertTrue(first.contains("-Xshare:auto"), "a stale archive must never stop a function");

    Files.writeString(Path.of(written), "archive");
    List<String> second = archives.options("JobsFunction", List.of(jar));
    assertEquals("-XX:SharedArchiveFile=" + written, second.get(0));

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    List<String> rebuilt = archives.options("JobsFunction", List.of(jar));
    assertTrue(rebuilt.get(0).startsWith("-XX:ArchiveClassesAtExit="));
    assertNotEquals(first.get(0), rebuilt.get(0));
    assertTrue(Files.notExists(Path.of(written)), "the old jar's archive is dropped");
  }
}
