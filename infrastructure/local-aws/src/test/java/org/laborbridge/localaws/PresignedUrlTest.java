package org.laborbridge.localaws;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import software.amazon.awssdk.core.sync.RequestBody;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Presigned URLs are real: s3proxy checks SigV4, so a tampered URL is refused. */
@LocalAwsTest
class PresignedUrlTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_presigned_get_url_downloads_the_object_and_a_tampered_one_is_refused(LocalAws aws, ProvisionedStack stack) throws Exception {
    String bucket = stack.bucketName("FilesBucket");
    String key = "reports/2026/11/summary.csv";
    aws.s3().putObject(r -> r.bucket(bucket).key(key).contentType("text/csv"), RequestBody.fromString("region,jobs\n51,12\n"));

    URI url = aws.s3Presigner().presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
        .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toURI();
    HttpResponse<String> ok = http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ok.statusCode());
    assertEquals("region,jobs\n51,12\n", ok.body());

    URI otherKey = URI.create(url.toString().replace("summary.csv", "secret.csv"));
    assertEquals(403, http.send(HttpRequest.newBuilder(otherKey).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    URI badSignature = URI.create(tamperSignature(url.toString()));
    assertEquals(403, http.send(HttpRequest.newBuilder(badSignature).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  /** Changes one hex digit of the signature (to another digit, whatever it was). */
  private static String tamperSignature(String url) {
    int at = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
    char digit = url.charAt(at);
    return url.substring(0, at) + (digit == '0' ? '1' : '0') + url.substring(at + 1);
  }

  @Test
  void a_presigned_put_url_uploads_a_document_that_can_be_read_back(LocalAws aws, ProvisionedStack stack) throws Exception {
    String bucket = stack.bucketName("FilesBucket");
    String key = "transfers/T1/documents/letter.pdf";
    URI url = aws.s3Presigner().presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
        .putObjectRequest(o -> o.bucket(bucket).key(key).contentType("application/pdf"))).url().toURI();
    byte[] pdf = "%PDF-1.4 transfer contact letter".getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> put = http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/pdf")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, put.statusCode(), put.body());
    assertEquals("%PDF-1.4 transfer contact letter", aws.s3().getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String());
  }
}
