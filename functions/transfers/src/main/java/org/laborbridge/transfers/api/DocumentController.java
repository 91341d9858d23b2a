package org.laborbridge.transfers.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.transfers.domain.By;
import org.laborbridge.transfers.domain.ManageDocuments;

import java.net.URI;

/** A transfer's documents: a presigned link to upload one, and the list with short-lived download links. */
@Controller("/v1/insurance-transfers/{id}/documents")
class DocumentController {

  private final ManageDocuments documents;

  DocumentController(ManageDocuments documents) {
    this.documents = documents;
  }

  @Post
  @Operation(summary = "Get a link to upload a document (PDF, JPEG or PNG, at most 10 MB)",
      description = "The link is valid for 10 minutes and signed for the declared contentType and size: PUT the file "
          + "with exactly the headers returned; any other type or size is refused by storage. At most 20 documents "
          + "per transfer, while it is open.")
  HttpResponse<DocumentViews.UploadView> requestUpload(@Caller Actor actor, String id, @Body Bodies.DocumentBody body) {
    By by = Callers.by(actor);
    Forms.DocumentRequest request = Forms.document(body);
    ManageDocuments.Upload upload = documents.requestUpload(id, by, request.name(), request.type(), request.size());
    return HttpResponse.created(DocumentViews.UploadView.of(upload),
        URI.create("/v1/insurance-transfers/" + id + "/documents"));
  }

  @Get
  @Operation(summary = "List a transfer's documents, with 5-minute download links for those uploaded")
  DocumentViews.DocumentList listDocuments(@Caller Actor actor, String id) {
    return new DocumentViews.DocumentList(documents.list(id, Callers.by(actor)).stream()
        .map(DocumentViews.DocumentView::of).toList());
  }
}
