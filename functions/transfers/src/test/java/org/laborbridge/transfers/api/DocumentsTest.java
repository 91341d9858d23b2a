package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.ProblemAssertions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents go to storage and back through presigned links only, limited to the type and size declared. */
class DocumentsTest extends TransfersHandlerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_certificate_uploaded_through_its_presigned_link_is_listed_and_downloaded_again() throws Exception {
    String id = applyAsWorker(worker("account-he"), "account-he").path("id").asText();
    byte[] pdf = new byte[48_213];
    new Random(7).nextBytes(pdf);

    JsonNode upload = requestUpload(id, "contribution-certificate.pdf", "application/pdf", pdf.length);
    assertEquals("PUT", upload.path("method").asText());
    assertEquals(48_213, upload.path("document").path("size").asLong());

    assertEquals(403, put(upload, "application/pdf", Arrays.copyOf(pdf, pdf.length + 1)), "another size is refused");
    assertEquals(403, put(upload, "image/png", pdf), "another type is refused");
    assertEquals(200, put(upload, "application/pdf", pdf));

    JsonNode neverSent = requestUpload(id, "letter.jpg", "image/jpeg", 1000);
    ApiGatewayResponse listed = send(ApiGatewayRequests.get("/v1/insurance-transfers/" + id + "/documents").asStaff("51"));
    assertEquals(200, listed.status(), listed::toString);
    JsonNode items = listed.json().path("items");
    assertEquals(2, items.size());
    JsonNode certificate = items.get(0);
    assertEquals("contribution-certificate.pdf", certificate.path("name").asText());
    assertTrue(certificate.path("uploaded").asBoolean());
    HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(certificate.path("downloadUrl").asText())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertArrayEquals(pdf, download.body());
    assertEquals(neverSent.path("document").path("id").asText(), items.get(1).path("id").asText());
    assertFalse(items.get(1).path("uploaded").asBoolean());
    assertTrue(items.get(1).path("downloadUrl").isMissingNode(), "nothing to download yet");

    List<String> keys = aws.s3().listObjectsV2(r -> r.bucket(stack.bucketName("FilesBucket"))).contents().stream()
        .map(o -> o.key()).toList();
    assertEquals(List.of("transfers/" + id + "/documents/" + certificate.path("id").asText() + ".pdf"), keys);
    assertEquals(2, read(id).path("documentCount").asInt());
  }

  @Test
  void only_the_parties_of_a_transfer_see_its_documents() {
    String id = applyAsWorker(worker("account-ma"), "account-ma").path("id").asText();
    ProblemAssertions.assertProblem(send(ApiGatewayRequests.get("/v1/insurance-transfers/" + id + "/documents").asStaff("32")), 404, null);
    ProblemAssertions.assertProblem(send(ApiGatewayRequests.get("/v1/insurance-transfers/" + id + "/documents")
        .asWorker("account-someone-else")), 404, null);
    assertEquals(200, send(ApiGatewayRequests.get("/v1/insurance-transfers/" + id + "/documents").asWorker("account-ma")).status());
  }

  private JsonNode requestUpload(String id, String name, String type, long size) {
    ApiGatewayResponse response = send(ApiGatewayRequests.post("/v1/insurance-transfers/" + id + "/documents",
        "{\"name\": \"" + name + "\", \"contentType\": \"" + type + "\", \"size\": " + size + "}").asWorker(workerAccountOf(id)));
    assertEquals(201, response.status(), response::toString);
    return response.json();
  }

  private String workerAccountOf(String id) {
    return read(id).path("trail").get(0).path("by").path("id").asText();
  }

  /** PUTs as a browser would, with the signed headers (the HTTP client sets Content-Length from the body). */
  private int put(JsonNode upload, String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload.path("uploadUrl").asText()))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    upload.path("headers").fields().forEachRemaining(header -> {
      String name = header.getKey();
      if (name.equalsIgnoreCase("content-type")) {
        request.header(name, contentType);
      } else if (!name.equalsIgnoreCase("content-length")) {
        request.header(name, header.getValue().asText());
      }
    });
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
