package org.laborbridge.transfers.store;

import org.laborbridge.transfers.domain.DocumentFiles;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfer documents in the private files bucket (template.yaml FilesBucket), reached through presigned links. An
 * upload link signs the Content-Type and Content-Length headers: S3 refuses a PUT whose type or size differs from
 * what was declared, so the 10 MB and file-type limits hold without the function ever seeing the file.
 */
public final class S3DocumentFiles implements DocumentFiles {

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;

  public S3DocumentFiles(S3Client s3, S3Presigner presigner, String bucket) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
  }

  @Override
  public UploadLink uploadLink(String key, String contentType, long size, Duration validFor) {
    PresignedPutObjectRequest presigned = presigner.presignPutObject(p -> p.signatureDuration(validFor)
        .putObjectRequest(o -> o.bucket(bucket()).key(key).contentType(contentType).contentLength(size)));
    return new UploadLink(URI.create(presigned.url().toString()), headersToSend(presigned.signedHeaders()),
        presigned.expiration());
  }

  @Override
  public DownloadLink downloadLink(String key, Duration validFor) {
    PresignedGetObjectRequest presigned = presigner.presignGetObject(p -> p.signatureDuration(validFor)
        .getObjectRequest(o -> o.bucket(bucket()).key(key)));
    return new DownloadLink(URI.create(presigned.url().toString()), presigned.expiration());
  }

  @Override
  public Optional<Long> storedSize(String key) {
    try {
      return Optional.of(s3.headObject(o -> o.bucket(bucket()).key(key)).contentLength());
    } catch (NoSuchKeyException notYet) {
      return Optional.empty();
    } catch (S3Exception failed) {
      // HEAD answers have no body: a missing object shows only as a 404.
      if (failed.statusCode() == 404) {
        return Optional.empty();
      }
      throw failed;
    }
  }

  /** The headers the uploader must send exactly as signed; the client sets Host itself. */
  private static Map<String, String> headersToSend(Map<String, List<String>> signed) {
    Map<String, String> headers = new LinkedHashMap<>();
    signed.forEach((name, values) -> {
      if (!"host".equalsIgnoreCase(name)) {
        headers.put(name, String.join(",", values));
      }
    });
    return headers;
  }

  private String bucket() {
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalStateException("transfers.files-bucket (TRANSFERS_FILES_BUCKET) is not set for this function");
    }
    return bucket;
  }
}
