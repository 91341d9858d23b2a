package org.laborbridge.runner;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.laborbridge.runner.lambda.ChildBootstrap;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a function's code is: the deployable jar its module builds (what {@code sam deploy} uploads), followed by
 * what Lambda's Java runtime brings: AWS's runtime interface client and its event serialization.
 */
public final class FunctionCode {

  private FunctionCode() {}

  /** The shaded jar in {@code <CodeUri>/target/}, as {@code mvn package} leaves it. */
  public static Function<String, List<Path>> moduleJars(Path root) {
    return codeUri -> {
      Path target = root.resolve(codeUri).resolve("target");
      try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
        List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
            .filter(p -> !p.getFileName().toString().startsWith("original-"))
            .filter(p -> !p.getFileName().toString().endsWith("-tests.jar"))
            .toList();
        if (jars.size() != 1) {
          throw new IllegalStateException("expected one deployable jar in " + target + " but found " + jars
              + "; build the functions first: mvn -q install -DskipTests");
        }
        return jars;
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + target + ": " + e.getMessage(), e);
      }
    };
  }

  /** The function's own code first, then the runtime's jars. */
  public static List<Path> classpath(List<Path> functionCode) {
    List<Path> classpath = new ArrayList<>(functionCode);
    for (Class<?> runtimePart : List.of(AWSLambda.class, LambdaEventSerializers.class,
        software.amazon.awssdk.utilslite.SdkInternalThreadLocal.class,
        com.amazonaws.services.lambda.runtime.Context.class)) {
      Path location = location(runtimePart);
      if (!classpath.contains(location)) {
        classpath.add(location);
      }
    }
    classpath.add(bootstrapJar());
    return classpath;
  }

  private static Path bootstrapJar;
  private static Optional<Path> nativeClient;

  /**
   * The runtime client's native library, unpacked once for all functions. Left to itself, every function's JVM
   * unpacks it to the same /tmp file at start-up, and JVMs starting side by side read each other's half-written copy.
   */
  public static synchronized Optional<Path> nativeClientLibrary() {
    if (nativeClient == null) {
      String arch = System.getProperty("os.arch");
      String name = !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux") ? null
          : arch.equals("amd64") || arch.equals("x86_64") ? "libaws-lambda-jni.linux-x86_64.so"
          : arch.equals("aarch64") ? "libaws-lambda-jni.linux-aarch_64.so" : null;
      nativeClient = Optional.empty();
      if (name != null) {
        try (java.io.InputStream in = AWSLambda.class.getResourceAsStream("/jni/" + name)) {
          if (in != null) {
            Path library = Files.createTempFile("laborbridge-lambda-jni", ".so");
            library.toFile().deleteOnExit();
            Files.copy(in, library, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            nativeClient = Optional.of(library);
          }
        } catch (IOException e) {
          throw new IllegalStateException("cannot unpack the Lambda runtime client's native library: " + e.getMessage(), e);
        }
      }
    }
    return nativeClient;
  }

  /**
   * A jar holding only {@link ChildBootstrap}: the runner's own classes and resources (its logback.xml, say)
   * must not leak into a function's JVM. It is named after its content and kept, so a function's classpath is the
   * same from one run to the next: a class-data archive is only used with the classpath it was made with.
   */
  static synchronized Path bootstrapJar() {
    if (bootstrapJar == null) {
      String entry = ChildBootstrap.class.getName().replace('.', '/') + ".class";
      try (java.io.InputStream in = ChildBootstrap.class.getClassLoader().getResourceAsStream(entry)) {
        byte[] bytes = in.readAllBytes();
        String digest = java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        Path jar = Path.of(System.getProperty("java.io.tmpdir"), "laborbridge-child-bootstrap-" + digest + ".jar");
        if (!Files.isRegularFile(jar)) {
          Path written = Files.createTempFile("laborbridge-child-bootstrap", ".jar");
          try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(written))) {
            java.util.jar.JarEntry jarEntry = new java.util.jar.JarEntry(entry);
            jarEntry.setTime(0);
            out.putNextEntry(jarEntry);
            out.write(bytes);
            out.closeEntry();
          }
          // Several runners may start at once: the first complete copy wins, the others are dropped.
          try {
            Files.move(written, jar, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException raced) {
            Files.deleteIfExists(written);
          }
        }
        bootstrapJar = jar;
      } catch (IOException | java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("cannot write the function bootstrap jar: " + e.getMessage(), e);
      }
    }
    return bootstrapJar;
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
    }
  }
}
