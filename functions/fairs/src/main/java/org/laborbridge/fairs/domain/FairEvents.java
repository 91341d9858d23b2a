package org.laborbridge.fairs.domain;

import java.util.List;

/**
 * What other functions hear from fairs. Each message's id follows from the facts it reports, so telling twice is
 * harmless: the receivers recognise the repeat.
 */
public interface FairEvents {

  /** A registration holds its place: matching pairs the fair's workers with its employers' jobs. */
  void confirmed(Fair fair, Registration registration);

  /** The fair is cancelled: each registrant is told through their home region's gateways. */
  void cancelled(Fair fair, List<Registration> registrations);
}
