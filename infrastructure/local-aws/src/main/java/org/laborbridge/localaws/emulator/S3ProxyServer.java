package org.laborbridge.localaws.emulator;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** s3proxy, the S3 emulator, embedded on a free loopback port and checking AWS SigV4 signatures. */
public final class S3ProxyServer implements AutoCloseable {

  private final S3Proxy proxy;
  private final URI endpoint;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
    this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** Objects live in memory, or under dataDir when one is given. */
  public static S3ProxyServer start(String accessKey, String secretKey, Path dataDir) {
    try {
      BlobStore store;
      if (dataDir == null) {
        store = new TransientNio2BlobStore();
      } else {
        Files.createDirectories(dataDir);
        store = new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString());
      }
      S3Proxy proxy = S3Proxy.builder()
          .blobStore(store)
          .endpoint(URI.create("http://127.0.0.1:0"))
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
          .build();
      proxy.start();
      while (!"STARTED".equals(proxy.getState())) {
        Thread.sleep(10);
      }
      return new S3ProxyServer(proxy);
    } catch (IOException e) {
      throw new EmulatorException("cannot prepare s3proxy's data folder " + dataDir + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmulatorException("interrupted while starting s3proxy", e);
    } catch (Exception e) {
      throw new EmulatorException("cannot start s3proxy: " + e.getMessage(), e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new EmulatorException("s3proxy did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
