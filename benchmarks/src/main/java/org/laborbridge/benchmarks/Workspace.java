package org.laborbridge.benchmarks;

import org.laborbridge.benchmarks.child.CallRecorder;
import org.laborbridge.benchmarks.child.Invoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Where a benchmark run keeps its things, under {@code benchmarks/target/bench}: copies of the function jars taken
 * when the run starts (other builds may replace a jar mid-run), the launcher jar that runs inside each function's
 * JVM, the interceptor registration for capacity runs, scripts, results and the children's logs.
 */
final class Workspace {

  final Path root;
  final Path dir;
  final Path jars;
  final Path scripts;
  final Path logs;
  final Path results;
  private Path launcherJar;
  private Path interceptorDir;

  Workspace(Path root) {
    this.root = root;
    this.dir = root.resolve("benchmarks/target/bench");
    this.jars = dir.resolve("jars");
    this.scripts = dir.resolve("scripts");
    this.logs = dir.resolve("logs");
    this.results = root.resolve("benchmarks/target/results");
    for (Path folder : List.of(jars, scripts, logs, results)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The function's deployable jar as the runner finds it ({@code <CodeUri>/target/*.jar}, neither original- nor
   * -tests), copied once per run; empty with the reason when it is not built.
   */
  synchronized Result<Path> functionJar(String codeUri) {
    Path target = root.resolve(codeUri).resolve("target");
    String name = Path.of(codeUri).getFileName().toString();
    Path copy = jars.resolve(name + ".jar");
    if (Files.exists(copy)) {
      return Result.of(copy);
    }
    List<Path> candidates = new ArrayList<>();
    if (Files.isDirectory(target)) {
      try (Stream<Path> files = Files.list(target)) {
        files.filter(p -> p.getFileName().toString().endsWith(".jar"))
            .filter(p -> !p.getFileName().toString().startsWith("original-"))
            .filter(p -> !p.getFileName().toString().endsWith("-tests.jar"))
            .forEach(candidates::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (candidates.size() != 1) {
      return Result.missing("no deployable jar in " + root.relativize(target) + " (build it: mvn -o -pl " + codeUri
          + " install -DskipTests)");
    }
    try {
      Files.copy(candidates.get(0), copy, StandardCopyOption.REPLACE_EXISTING);
      return Result.of(copy);
    } catch (IOException e) {
      return Result.missing("cannot copy " + candidates.get(0) + ": " + e.getMessage());
    }
  }

  /** Only the launcher's package ({@code ...benchmarks.child}): the harness's own classes stay out of the function's JVM. */
  synchronized Path launcherJar() {
    if (launcherJar == null) {
      launcherJar = dir.resolve("launcher.jar");
      Path classes = location(Invoke.class);
      String prefix = Invoke.class.getPackageName().replace('.', '/') + "/";
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(launcherJar))) {
        if (Files.isDirectory(classes)) {
          try (Stream<Path> files = Files.walk(classes.resolve(prefix))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
              out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
              out.write(Files.readAllBytes(file));
              out.closeEntry();
            }
          }
        } else {
          try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classes.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
              if (entry.getName().startsWith(prefix) && !entry.isDirectory()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(jar.getInputStream(entry).readAllBytes());
                out.closeEntry();
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return launcherJar;
  }

  /** A folder that registers {@link CallRecorder} with every SDK client of the JVM it is on the classpath of. */
  synchronized Path interceptorRegistration() {
    if (interceptorDir == null) {
      interceptorDir = dir.resolve("interceptor");
      Path file = interceptorDir.resolve("software/amazon/awssdk/global/handlers/execution.interceptors");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, CallRecorder.class.getName() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return interceptorDir;
  }

  /** A folder that makes logback configure itself with {@code JsonLogging} instead of reading logback.xml. */
  synchronized Path logbackInCode() {
    Path folder = dir.resolve("logback-in-code");
    Path file = folder.resolve("META-INF/services/ch.qos.logback.classic.spi.Configurator");
    write(file, org.laborbridge.benchmarks.child.JsonLogging.class.getName() + "\n");
    return folder;
  }

  /** What Lambda's Java runtime adds to a function's code: the event serialization it deserialises events with. */
  List<Path> runtimeJars() {
    return List.of(location(com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers.class));
  }

  /** The no-framework handler's classpath: the SDK's DynamoDB client and Lambda's libraries, nothing else. */
  List<Path> baselineClasspath() {
    Path file = root.resolve("benchmarks/target/baseline.classpath");
    try {
      List<Path> classpath = new ArrayList<>();
      classpath.add(launcherJar());
      for (String entry : Files.readString(file, StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
        classpath.add(Path.of(entry));
      }
      return classpath;
    } catch (IOException e) {
      throw new IllegalStateException("missing " + file + ": build the benchmarks first (mvn -o -f benchmarks/pom.xml install)", e);
    }
  }

  Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value, or why there is none. */
  record Result<T>(Optional<T> value, String missing) {
    static <T> Result<T> of(T value) {
      return new Result<>(Optional.of(value), null);
    }

    static <T> Result<T> missing(String why) {
      return new Result<>(Optional.empty(), why);
    }
  }
}
