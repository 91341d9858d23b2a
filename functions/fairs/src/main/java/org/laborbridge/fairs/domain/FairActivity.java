package org.laborbridge.fairs.domain;

/**
 * Counts for the programme's reports, told as things happen for the first time (never by a retry that finds the
 * work done). Counts only: nothing about the person.
 */
public interface FairActivity {

  /** A person registered (a new registration or a new round), seated or waiting. */
  void registered(Fair fair, Registration registration);

  void checkedIn(Fair fair, Registration registration);

  FairActivity NONE = new FairActivity() {
    @Override
    public void registered(Fair fair, Registration registration) {
    }

    @Override
    public void checkedIn(Fair fair, Registration registration) {
    }
  };
}
