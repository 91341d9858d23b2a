package org.laborbridge.transfers.api;

import org.laborbridge.transfers.domain.Document;
import org.laborbridge.transfers.domain.ManageDocuments;

import java.util.List;
import java.util.Map;

/** Documents as the API shows them, with the presigned links people use to move the files. */
final class DocumentViews {
  private DocumentViews() {}

  /** How to upload: PUT the file to {@code uploadUrl} with exactly these headers before {@code expiresAt}. */
  public record UploadView(DocumentView document, String uploadUrl, String method, Map<String, String> headers,
      String expiresAt) {
    static UploadView of(ManageDocuments.Upload upload) {
      return new UploadView(DocumentView.of(upload.document(), false, null, null), upload.link().url().toString(), "PUT",
          upload.link().headers(), upload.link().expiresAt().toString());
    }
  }

  /** @param downloadUrl present once the file is uploaded; valid until {@code downloadUrlExpiresAt} */
  public record DocumentView(String id, String name, String contentType, long size, String addedBy, String addedAt,
      boolean uploaded, String downloadUrl, String downloadUrlExpiresAt) {
    static DocumentView of(Document d, boolean uploaded, String url, String expiresAt) {
      return new DocumentView(d.id(), d.name(), d.type().contentType(), d.size(), d.addedBy().kind().name(),
          d.addedAt().toString(), uploaded, url, expiresAt);
    }

    static DocumentView of(ManageDocuments.Listed listed) {
      return of(listed.document(), listed.uploaded(), listed.download().map(l -> l.url().toString()).orElse(null),
          listed.download().map(l -> l.expiresAt().toString()).orElse(null));
    }
  }

  public record DocumentList(List<DocumentView> items) {}
}
