package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that belongs to a transfer (a contribution certificate, a contact letter, the transfer-out form): kept in
 * object storage under {@code transfers/{transferId}/documents/}, described here.
 */
public record Document(String id, String transferId, String name, FileType type, long size, By addedBy, Instant addedAt) {

  public static final long MAX_SIZE = 10L * 1024 * 1024;
  public static final int MAX_NAME = 120;
  public static final int MAX_PER_TRANSFER = 20;

  /** The file types offices accept, with the extension the stored object gets. */
  public enum FileType {
    PDF("application/pdf", ".pdf"), JPEG("image/jpeg", ".jpg"), PNG("image/png", ".png");

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public static FileType ofContentType(String contentType) {
      String wanted = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(t -> t.contentType.equals(wanted)).findFirst()
          .orElseThrow(() -> new InvalidValue("contentType", "must be application/pdf, image/jpeg or image/png"));
    }

    public static Optional<FileType> find(String contentType) {
      return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }
  }

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transferId, "transferId");
    name = checkedName(name);
    Objects.requireNonNull(type, "type");
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidValue("size", "must be between 1 byte and 10 MB (" + MAX_SIZE + " bytes)");
    }
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
  }

  /** Where the file lives in the bucket: never the person's file name, which may carry anything. */
  public String objectKey() {
    return "transfers/" + transferId + "/documents/" + id + type.extension;
  }

  public static String checkedName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(c -> Character.isISOControl(c)
        || c == '/' || c == '\\')) {
      throw new InvalidValue("name", "is required: a file name of at most " + MAX_NAME + " characters, without / or \\");
    }
    return stripped;
  }
}
