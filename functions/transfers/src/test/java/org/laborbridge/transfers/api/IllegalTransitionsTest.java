package org.laborbridge.transfers.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.ProblemAssertions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every step a state does not allow is refused with 409, by the side that would otherwise take it, and the
 * transfer stays exactly as it was. (ACCEPTED is passed through at once: acceptance leads to LETTER_SENT.)
 */
class IllegalTransitionsTest extends TransfersHandlerTest {

  enum State { SUBMITTED, REJECTED, CANCELLED, LETTER_SENT, OUT_CONFIRMED, FUNDS_TRANSFERRED, COMPLETED }

  /** Each step as its own side asks for it; the setup uses other accounts, so no attempt is a retry of theirs. */
  enum Attempt {
    ACCEPT("decision", "{\"decision\": \"ACCEPT\"}", "33"),
    REJECT("decision", "{\"decision\": \"REJECT\", \"reason\": \"too late\"}", "33"),
    CONFIRM_OUT("out-confirmation", OUT_FORM, "51"),
    SEND_FUNDS("funds-sent", "{\"amount\": 5700.50, \"paymentReference\": \"SC-PAY-1\"}", "51"),
    COMPLETE("completion", "{}", "33"),
    CANCEL("cancel", "{}", "33");

    final String route;
    final String body;
    final String staffRegion;

    Attempt(String route, String body, String staffRegion) {
      this.route = route;
      this.body = body;
      this.staffRegion = staffRegion;
    }
  }

  static final String OUT_FORM = "{\"contributionMonths\": 38, \"unclaimedBenefitMonths\": 3,"
      + " \"amounts\": {\"unemploymentBenefit\": 5400.50, \"medicalSubsidy\": 300}}";

  private static final Map<State, Set<Attempt>> ALLOWED = Map.of(
      State.SUBMITTED, Set.of(Attempt.ACCEPT, Attempt.REJECT, Attempt.CANCEL),
      State.LETTER_SENT, Set.of(Attempt.CONFIRM_OUT),
      // With money to move, completion waits for the money.
      State.OUT_CONFIRMED, Set.of(Attempt.SEND_FUNDS),
      State.FUNDS_TRANSFERRED, Set.of(Attempt.COMPLETE));

  private final Map<State, String> transfers = new EnumMap<>(State.class);

  @BeforeAll
  void oneTransferInEachState() {
    for (State state : State.values()) {
      String workerAccount = "account-" + state.name().toLowerCase();
      String workerId = worker(workerAccount);
      // Staff of the transfer-in region apply on the worker's behalf: staff-33 is the applicant.
      ApiGatewayResponse applied = send(ApiGatewayRequests.post("/v1/insurance-transfers", application(workerId)).asStaff("33"));
      assertEquals(201, applied.status(), applied::toString);
      String id = applied.json().path("id").asText();
      transfers.put(state, id);
      ApiGatewayRequests decider = null;
      switch (state) {
        case SUBMITTED -> { }
        case REJECTED -> ok(step(id, "decision", "{\"decision\": \"REJECT\", \"reason\": \"no contract\"}").as("staff-33-b", "staff", "33"));
        case CANCELLED -> ok(step(id, "cancel", "{}").asWorker(workerAccount));
        default -> {
          ok(step(id, "decision", "{\"decision\": \"ACCEPT\"}").as("staff-33-b", "staff", "33"));
          if (state.compareTo(State.OUT_CONFIRMED) >= 0) {
            ok(step(id, "out-confirmation", OUT_FORM).as("staff-51-b", "staff", "51"));
          }
          if (state.compareTo(State.FUNDS_TRANSFERRED) >= 0) {
            ok(step(id, "funds-sent", "{\"amount\": 5700.5, \"paymentReference\": \"SC-PAY-0\"}").as("staff-51-b", "staff", "51"));
          }
          if (state == State.COMPLETED) {
            ok(step(id, "completion", "{}").as("staff-33-b", "staff", "33"));
          }
        }
      }
      assertEquals(state.name(), read(id).path("state").asText());
    }
  }

  static Stream<Arguments> illegalSteps() {
    List<Arguments> illegal = new ArrayList<>();
    for (State state : State.values()) {
      for (Attempt attempt : Attempt.values()) {
        if (!ALLOWED.getOrDefault(state, Set.of()).contains(attempt)) {
          illegal.add(Arguments.of(state, attempt));
        }
      }
    }
    return illegal.stream();
  }

  @ParameterizedTest(name = "{1} on a {0} transfer is refused")
  @MethodSource("illegalSteps")
  void a_step_the_state_does_not_allow_is_refused_and_changes_nothing(State state, Attempt attempt) {
    String id = transfers.get(state);
    String before = read(id).toString();

    ApiGatewayResponse refused = send(step(id, attempt.route, attempt.body).asStaff(attempt.staffRegion));

    ProblemAssertions.assertProblem(refused, 409, null);
    assertEquals(state.name(), refused.json().path("state").asText(), "the problem says where the transfer stands");
    assertEquals(before, read(id).toString(), "nothing changed");
  }

  private void ok(ApiGatewayRequests request) {
    ApiGatewayResponse response = send(request);
    assertEquals(200, response.status(), response::toString);
  }
}
