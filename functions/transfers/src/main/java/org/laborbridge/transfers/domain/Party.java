package org.laborbridge.transfers.domain;

/** The sides of a transfer; each step belongs to one of them. */
public enum Party {
  /** The worker's own account, or the account that applied on the worker's behalf. */
  APPLICANT,
  /** Staff or the HR department's system of the region the worker moves to: it decides and completes. */
  TRANSFER_IN,
  /** Staff or the HR department's system of the region the worker leaves: it confirms and sends the money. */
  TRANSFER_OUT,
  /** The platform itself: it forwards the contact letter once the transfer-in side accepts. */
  PLATFORM
}
