package org.laborbridge.reports.store;

import org.laborbridge.reports.domain.DownloadLink;
import org.laborbridge.reports.domain.ReportFiles;
import org.laborbridge.reports.domain.ReportFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

import java.net.URI;
import java.time.Duration;

/**
 * Report files in the private files bucket (template.yaml FilesBucket, prefix {@code reports/}). The same key is
 * written on every generation, so the bucket keeps one current file per report (older versions expire by the
 * bucket's lifecycle rule). The CSV and the workbook download as attachments with their file name; the page opens
 * in the browser.
 */
public final class S3ReportFiles implements ReportFiles {

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;

  public S3ReportFiles(S3Client s3, S3Presigner presigner, String bucket) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
  }

  @Override
  public void put(String key, ReportFormat format, String fileName, byte[] content) {
    String disposition = (format == ReportFormat.HTML ? "inline" : "attachment") + "; filename=\"" + fileName + "\"";
    s3.putObject(p -> p.bucket(bucket()).key(key).contentType(format.contentType()).contentDisposition(disposition)
        .contentLength((long) content.length), RequestBody.fromBytes(content));
  }

  @Override
  public DownloadLink link(String key, Duration validFor) {
    PresignedGetObjectRequest presigned = presigner.presignGetObject(p -> p.signatureDuration(validFor)
        .getObjectRequest(o -> o.bucket(bucket()).key(key)));
    return new DownloadLink(URI.create(presigned.url().toString()), presigned.expiration());
  }

  private String bucket() {
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalStateException("reports.files-bucket (REPORTS_FILES_BUCKET) is not set for this function");
    }
    return bucket;
  }
}
