package org.laborbridge.push;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A regional gateway on loopback, as tests need one: HTTPS (endpoints must be https) with a self-signed certificate
 * made once per test JVM by the JDK's keytool, answering from a script (then 200), and keeping what it received.
 * {@link #client()} is an HttpClient that trusts that certificate and nothing else.
 */
public final class Receiver implements AutoCloseable {

  /** One request as it arrived: its path, lower-case header names, the raw body bytes, the status it got. */
  public record Received(String path, Map<String, String> headers, byte[] body, int answered) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A scripted answer: a status and, optionally, a Retry-After header. */
  public record Answer(int status, String retryAfter) {
    public static Answer of(int status) {
      return new Answer(status, null);
    }
  }

  private static final char[] PASSWORD = "receiver".toCharArray();
  private static KeyStore keyStore;

  private final HttpsServer server;
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();

  private Receiver() throws IOException {
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
    server.createContext("/", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
      Answer answer;
      synchronized (this) {
        answer = script.isEmpty() ? Answer.of(200) : script.poll();
        received.add(new Received(exchange.getRequestURI().getPath(), headers, body, answer.status()));
      }
      if (answer.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
      }
      exchange.sendResponseHeaders(answer.status(), -1);
      exchange.close();
    });
    server.start();
  }

  public static Receiver start() {
    try {
      return new Receiver();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers the next requests with these statuses, in order. */
  public synchronized Receiver answering(int... statuses) {
    for (int status : statuses) {
      script.add(Answer.of(status));
    }
    return this;
  }

  public synchronized Receiver answering(Answer answer) {
    script.add(answer);
    return this;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** The https URL of this receiver, at the given path. */
  public URI url(String path) {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** An HttpClient as the function builds it, but trusting the receivers' certificate. */
  public static HttpClient client() {
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("receiver", keyStore().getCertificate("receiver"));
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER).build();
    } catch (Exception e) {
      throw new IllegalStateException("could not build the test HTTP client", e);
    }
  }

  private static SSLContext serverContext() {
    try {
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore(), PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("could not build the receiver's TLS context", e);
    }
  }

  /** A self-signed certificate for 127.0.0.1, made with the JDK's own keytool: no key material in the repository. */
  private static synchronized KeyStore keyStore() throws Exception {
    if (keyStore == null) {
      Path dir = Files.createTempDirectory("push-receiver");
      Path file = dir.resolve("receiver.p12");
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "receiver", "-keyalg", "EC",
          "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
          "-validity", "2", "-keystore", file.toString(), "-storetype", "PKCS12",
          "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, PASSWORD);
      }
      Files.delete(file);
      Files.delete(dir);
      keyStore = store;
    }
    return keyStore;
  }
}
