package org.laborbridge.transfers.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The state machine as the national flow has it; every pair not listed is an illegal transition. */
class StateMachineTest {

  @Test
  void each_state_allows_exactly_the_steps_of_the_national_flow() {
    assertEquals(EnumSet.of(Step.ACCEPT, Step.REJECT, Step.CANCEL), stepsFrom(TransferState.SUBMITTED));
    assertEquals(EnumSet.of(Step.SEND_LETTER), stepsFrom(TransferState.ACCEPTED));
    assertEquals(EnumSet.of(Step.CONFIRM_OUT), stepsFrom(TransferState.LETTER_SENT));
    assertEquals(EnumSet.of(Step.SEND_FUNDS, Step.COMPLETE), stepsFrom(TransferState.OUT_CONFIRMED));
    assertEquals(EnumSet.of(Step.COMPLETE), stepsFrom(TransferState.FUNDS_TRANSFERRED));
    for (TransferState end : EnumSet.of(TransferState.REJECTED, TransferState.CANCELLED, TransferState.COMPLETED)) {
      assertEquals(Set.of(), stepsFrom(end), end + " is an end");
    }
  }

  @Test
  void decisions_lead_only_forward_and_belong_to_the_transfer_in_side() {
    assertEquals(Party.TRANSFER_IN, Step.ACCEPT.party());
    assertEquals(Party.TRANSFER_IN, Step.REJECT.party());
    assertEquals(Party.TRANSFER_OUT, Step.CONFIRM_OUT.party());
    assertEquals(Party.TRANSFER_OUT, Step.SEND_FUNDS.party());
    assertEquals(Party.APPLICANT, Step.CANCEL.party());
    assertEquals(Set.of(), EnumSet.allOf(Step.class).stream().filter(s -> s.to() == TransferState.SUBMITTED)
        .collect(Collectors.toSet()), "nothing leads back to SUBMITTED");
  }

  private static Set<Step> stepsFrom(TransferState state) {
    return EnumSet.allOf(Step.class).stream().filter(s -> s.allowedFrom(state)).collect(Collectors.toSet());
  }
}
