package org.laborbridge.transfers.domain;

import java.util.List;

/** The descriptions of a transfer's documents; the files themselves are in {@link DocumentFiles}. */
public interface DocumentStore {

  /** @param number the document's place on its transfer, from 1: listings follow it */
  void add(Document document, int number);

  /** In the order they were added. */
  List<Document> documents(String transferId);
}
