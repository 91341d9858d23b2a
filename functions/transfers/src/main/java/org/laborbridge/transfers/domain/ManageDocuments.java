package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Rejected;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A transfer's documents. People upload and download through short-lived presigned links, never through the
 * function; the link to upload is signed for the declared type and size, so storage refuses anything else. The
 * description is recorded when the link is given; a listing says whether the file has arrived.
 */
public final class ManageDocuments {

  public static final Duration UPLOAD_LINK_LIFETIME = Duration.ofMinutes(10);
  public static final Duration DOWNLOAD_LINK_LIFETIME = Duration.ofMinutes(5);

  private final TransferStore transfers;
  private final DocumentStore documents;
  private final DocumentFiles files;
  private final ProgrammeClock clock;

  public ManageDocuments(TransferStore transfers, DocumentStore documents, DocumentFiles files, ProgrammeClock clock) {
    this.transfers = transfers;
    this.documents = documents;
    this.files = files;
    this.clock = clock;
  }

  public record Upload(Document document, DocumentFiles.UploadLink link) {}

  /** @param download present once the file is stored */
  public record Listed(Document document, boolean uploaded, Optional<DocumentFiles.DownloadLink> download) {}

  public Upload requestUpload(String transferId, By by, String name, Document.FileType type, long size) {
    for (int attempt = 1; ; attempt++) {
      TransferRequest transfer = readable(transferId, by);
      if (!transfer.state().open()) {
        throw new Conflict("documents can be added while a transfer is open; this one is " + transfer.state(),
            java.util.Map.of("state", transfer.state().name()));
      }
      if (transfer.documentCount() >= Document.MAX_PER_TRANSFER) {
        throw new Rejected("a transfer holds at most " + Document.MAX_PER_TRANSFER + " documents");
      }
      Instant now = clock.now();
      Document document = new Document(Ids.random(), transfer.id(), name, type, size, by, now);
      // The count on the transfer keeps the limit; a change racing it is simply tried again.
      TransferRequest counted = transfer.withDocumentAdded(now);
      if (transfers.replace(counted, transfer.version())) {
        documents.add(document, counted.documentCount());
        return new Upload(document, files.uploadLink(document.objectKey(), type.contentType(), size, UPLOAD_LINK_LIFETIME));
      }
      if (attempt == ProgressTransfer.ATTEMPTS) {
        throw new Conflict("the transfer changed meanwhile; try again");
      }
    }
  }

  public List<Listed> list(String transferId, By by) {
    TransferRequest transfer = readable(transferId, by);
    return documents.documents(transfer.id()).stream().map(document -> {
      // Only a file of the size that was signed can be there; anything else never got in.
      boolean uploaded = files.storedSize(document.objectKey()).isPresent();
      return new Listed(document, uploaded,
          uploaded ? Optional.of(files.downloadLink(document.objectKey(), DOWNLOAD_LINK_LIFETIME)) : Optional.empty());
    }).toList();
  }

  private TransferRequest readable(String transferId, By by) {
    TransferRequest transfer = Transfers.find(transfers, transferId);
    if (!transfer.readableBy(by)) {
      throw Transfers.notFound(transferId);
    }
    return transfer;
  }
}
