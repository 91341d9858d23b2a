package org.laborbridge.transfers.domain;

/** Sends notices to regions' systems (through push's outbound delivery). */
public interface Notices {
  void send(Notice notice);
}
