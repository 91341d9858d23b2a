package org.laborbridge.runner;

import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.runner.jwt.LocalIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local}: runs the platform ({@code [--port N] [--data DIR] [--demo]}), prints a token
 * ({@code token --role staff [--region 51] [--sub id]}) or fires a schedule of a running platform ({@code fire NAME}).
 */
public final class RunnerMain {

  private RunnerMain() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    String command = !arguments.isEmpty() && !arguments.get(0).startsWith("--") ? arguments.remove(0) : "run";
    switch (command) {
      case "run" -> run(arguments);
      case "token" -> token(arguments);
      case "fire" -> fire(arguments);
      case "help" -> usage();
      default -> {
        System.err.println("unknown command " + command);
        usage();
        System.exit(2);
      }
    }
  }

  private static void usage() {
    System.out.println("""
        usage: ./run-local [--port 3000] [--data DIR] [--demo] [--no-class-data]
                                                                   run every function of template.yaml
               ./run-local token --role staff[,employer] [--region 51] [--sub ID]
               ./run-local fire NAME [--port 3000]                 fire a schedule now (e.g. CampaignsFunction.Daily)
        """);
  }

  private static void run(List<String> arguments) throws InterruptedException {
    Path root = RepositoryRoot.find();
    LocalPlatform.Options options = LocalPlatform.Options.defaults(root)
        .withPort(Integer.parseInt(option(arguments, "--port").orElse("3000")));
    if (arguments.contains("--no-class-data")) {
      options = options.withoutClassData();
    }
    Optional<String> data = option(arguments, "--data");
    if (data.isPresent()) {
      options = options.withDataDir(Path.of(data.get()).toAbsolutePath());
    }
    long started = System.nanoTime();
    LocalPlatform platform = LocalPlatform.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("\nstopping...");
      platform.close();
      stopped.countDown();
    }, "run-local-stop"));
    Banner.print(platform, (System.nanoTime() - started) / 1_000_000, data.orElse(null));
    if (arguments.contains("--demo")) {
      new Demo(platform, System.out).run();
    }
    stopped.await();
  }

  private static void token(List<String> arguments) {
    Path root = RepositoryRoot.find();
    LocalPlatform.Options defaults = LocalPlatform.Options.defaults(root);
    LocalIssuer issuer = new LocalIssuer(defaults.keyFile(), LocalPlatform.ISSUER, "laborbridge-api");
    String roles = option(arguments, "--role").orElse("staff");
    String subject = option(arguments, "--sub").orElse("local-" + roles.replace(',', '-'));
    System.out.println(issuer.token(subject, new LinkedHashSet<>(Arrays.asList(roles.split(","))),
        option(arguments, "--region"), Duration.ofHours(12)));
  }

  private static void fire(List<String> arguments) throws IOException, InterruptedException {
    if (arguments.isEmpty() || arguments.get(0).startsWith("--")) {
      System.err.println("usage: ./run-local fire NAME [--port 3000]");
      System.exit(2);
    }
    String port = option(arguments, "--port").orElse("3000");
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/_local/schedules/" + arguments.get(0) + "/fire"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println(response.statusCode() + " " + response.body());
    System.exit(response.statusCode() < 300 ? 0 : 1);
  }

  private static Optional<String> option(List<String> arguments, String name) {
    int at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
  }
}
