package org.laborbridge.localaws.emulator;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No dynalite process outlives the JVM that started it, whether that JVM exits or is killed. */
class DynaliteLifecycleTest {

  @Test
  void dynalite_stops_when_its_jvm_exits_normally() throws Exception {
    assertNoOrphan(false);
  }

  @Test
  void dynalite_stops_even_when_its_jvm_is_killed() throws Exception {
    assertNoOrphan(true);
  }

  private static void assertNoOrphan(boolean kill) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "-Dlaborbridge.root=" + org.laborbridge.localaws.RepositoryRoot.find(),
        DynaliteHolder.class.getName(), kill ? "wait" : "exit"))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    long pid = Long.parseLong(out.readLine().replace("dynalite pid ", "").trim());
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "dynalite runs while its JVM runs");

    if (kill) {
      child.destroyForcibly(); // SIGKILL: no shutdown hook runs; only the closed stdin pipe tells dynalite.
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "dynalite " + pid + " was left behind");
  }
}
