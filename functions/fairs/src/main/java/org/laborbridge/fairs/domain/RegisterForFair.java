package org.laborbridge.fairs.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * A worker takes a seat, an employer a booth. The place is taken by one conditional write on the fair (never
 * overbooked, whatever runs at the same time); when none is left the registration waits in ticket order and gets
 * the next place that is given back, before anyone new can take it. Every step is ordered so that repeating the
 * request finishes what an interrupted one began, and registering again returns the registration there is.
 */
public final class RegisterForFair {

  /** What a request did: placed someone new (confirmed or waiting), or found their registration. */
  public record Placed(Registration registration, Fair fair, OptionalInt position, boolean created) {}

  static final int MAX_JOBS = 20;
  /** Promotions one request carries out at most; the next request (or cancellation) carries on. */
  static final int PROMOTIONS_PER_REQUEST = 20;

  private final FairStore fairs;
  private final RegistrationStore registrations;
  private final WorkerDirectory workers;
  private final JobDirectory jobs;
  private final FairEvents events;
  private final FairActivity activity;
  private final RandomGenerator random;
  private final ProgrammeClock clock;

  public RegisterForFair(FairStore fairs, RegistrationStore registrations, WorkerDirectory workers, JobDirectory jobs,
      FairEvents events, FairActivity activity, RandomGenerator random, ProgrammeClock clock) {
    this.fairs = fairs;
    this.registrations = registrations;
    this.workers = workers;
    this.jobs = jobs;
    this.events = events;
    this.activity = activity;
    this.random = random;
    this.clock = clock;
  }

  /** The worker themselves, or staff of the fair's or the worker's home region on their behalf. */
  public Placed registerWorker(Actor actor, String fairId, String workerId) {
    Fair fair = fair(fairId);
    WorkerDirectory.WorkerCard worker = workers.find(workerId)
        .orElseThrow(() -> new InvalidValue("workerId", "is not a registered worker"));
    boolean own = actor.has(Actor.Role.WORKER) && worker.ownerSubject().map(actor.subject()::equals).orElse(false);
    if (!own && !actor.isStaffOf(fair.plan().region()) && !actor.isStaffOf(worker.homeRegion())) {
      throw new Forbidden("a worker registers themselves; staff of the fair's or the worker's region may do it for them");
    }
    return place(fair, Registrant.worker(workerId, worker.ownerSubject(), worker.homeRegion()));
  }

  /** An employer account, with one to twenty of its own open jobs. */
  public Placed registerEmployer(Actor actor, String fairId, List<String> jobIds) {
    if (!actor.has(Actor.Role.EMPLOYER)) {
      throw new Forbidden("a booth is taken by an employer account");
    }
    Fair fair = fair(fairId);
    List<FieldError> errors = new ArrayList<>();
    if (jobIds == null || jobIds.isEmpty() || jobIds.size() > MAX_JOBS) {
      throw new InvalidValue("jobIds", "must name 1 to " + MAX_JOBS + " of your open jobs");
    }
    LocalDate today = clock.today();
    for (int i = 0; i < jobIds.size(); i++) {
      String jobId = jobIds.get(i);
      boolean fits = jobId != null && !jobId.isBlank()
          && jobs.find(jobId).map(job -> job.openFor(actor.subject(), today)).orElse(false);
      if (!fits) {
        errors.add(new FieldError("jobIds[" + i + "]", "is not an open job of yours"));
      } else if (jobIds.subList(0, i).contains(jobId)) {
        errors.add(new FieldError("jobIds[" + i + "]", "is named twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
    return place(fair, Registrant.employer(actor.subject(), fair.plan().region(), jobIds));
  }

  public Placed find(Actor actor, String fairId, String registrationId) {
    Fair fair = fair(fairId);
    Registration registration = registration(fairId, registrationId);
    requireOwnerOrStaff(actor, fair, registration);
    return new Placed(settle(fair, registration), fair, position(registration), false);
  }

  public Page<Registration> list(Actor actor, String fairId, PageRequest page) {
    Fair fair = fair(fairId);
    if (!actor.isStaffOf(fair.plan().region())) {
      throw new Forbidden("only staff of region " + fair.plan().region().code() + " may list a fair's registrations");
    }
    return registrations.list(fairId, page);
  }

  /** A registration with the fair it is for (absent only if the fair was removed). */
  public record Own(Registration registration, Optional<Fair> fair) {}

  /**
   * A person's registrations at every fair, the latest first: a worker's (their own account, or staff of their
   * home region), or, without a worker id, the calling employer account's booths.
   */
  public Page<Own> listOwn(Actor actor, Optional<String> workerId, PageRequest page) {
    String personKey;
    if (workerId.isPresent()) {
      WorkerDirectory.WorkerCard worker = workers.find(workerId.get())
          .orElseThrow(() -> new NotFound("worker", workerId.get()));
      boolean own = actor.has(Actor.Role.WORKER) && worker.ownerSubject().map(actor.subject()::equals).orElse(false);
      if (!own && !actor.isStaffOf(worker.homeRegion())) {
        throw new Forbidden("a worker's registrations are theirs and their home region's staff's to see");
      }
      personKey = Registrant.workerKey(worker.workerId());
    } else if (actor.has(Actor.Role.EMPLOYER)) {
      personKey = Registrant.employerKey(actor.subject());
    } else {
      throw new InvalidValue("workerId", "is required (or sign in as an employer to see your booths)");
    }
    Page<Registration> registrations = this.registrations.ofPerson(personKey, page);
    Map<String, Fair> fairsOfPage = fairs.findAll(registrations.items().stream().map(Registration::fairId).toList());
    return new Page<>(registrations.items().stream()
        .map(r -> new Own(r, Optional.ofNullable(fairsOfPage.get(r.fairId())))).toList(), registrations.nextCursor());
  }

  /** The person or staff give the place back; the first waiting gets it in the same write. */
  public Registration cancel(Actor actor, String fairId, String registrationId) {
    Fair fair = fair(fairId);
    Registration registration = registration(fairId, registrationId);
    requireOwnerOrStaff(actor, fair, registration);
    if (registration.checkedInAt().isPresent()) {
      throw new Conflict("registration " + registrationId + " is checked in already and cannot be cancelled");
    }
    Instant now = clock.now();
    registrations.cancel(fairId, registrationId, now, actor.subject());
    Place place = registration.place();
    registration.ticket().ifPresent(ticket -> registrations.leaveWaitlist(fairId, place, ticket));
    if (fairs.holds(fairId, place, registrationId) && !handOverToFirstWaiting(fair, place, registrationId, now)) {
      fairs.release(fairId, place, registrationId);
    }
    fillFreePlaces(fair, place);
    return registration(fairId, registrationId);
  }

  /**
   * Gives places that are free to those waiting, in ticket order. Runs after every waitlisting and cancellation,
   * so a place freed while someone was joining the waitlist does not stay empty.
   */
  void fillFreePlaces(Fair fair, Place place) {
    for (int round = 0; round < PROMOTIONS_PER_REQUEST; round++) {
      List<RegistrationStore.Waiting> first = registrations.firstWaiting(fair.id(), place, 1);
      if (first.isEmpty()) {
        return;
      }
      RegistrationStore.Waiting waiting = first.get(0);
      Optional<Registration> next = registrations.find(fair.id(), waiting.registrationId());
      if (next.isEmpty() || next.get().status() != RegistrationStatus.WAITLISTED) {
        finishLeaving(fair, place, waiting, next);
        continue;
      }
      if (fairs.holds(fair.id(), place, waiting.registrationId())
          || fairs.take(fair.id(), place, waiting.registrationId(), clock.now()) == FairStore.Taken.TAKEN) {
        promote(fair, place, waiting);
      } else {
        return;
      }
    }
  }

  private boolean handOverToFirstWaiting(Fair fair, Place place, String leaving, Instant now) {
    for (RegistrationStore.Waiting waiting : registrations.firstWaiting(fair.id(), place, PROMOTIONS_PER_REQUEST)) {
      Optional<Registration> next = registrations.find(fair.id(), waiting.registrationId());
      if (next.isEmpty() || next.get().status() != RegistrationStatus.WAITLISTED) {
        finishLeaving(fair, place, waiting, next);
        continue;
      }
      if (fairs.holds(fair.id(), place, waiting.registrationId())) {
        // Promoted by an attempt that stopped half-way: finish it, and look further down the line.
        promote(fair, place, waiting);
        continue;
      }
      if (fairs.handOver(fair.id(), place, leaving, waiting.registrationId(), now)) {
        promote(fair, place, waiting);
        return true;
      }
      return false;
    }
    return false;
  }

  /** A waitlist entry whose registration was confirmed or cancelled meanwhile: finish what that began. */
  private void finishLeaving(Fair fair, Place place, RegistrationStore.Waiting waiting, Optional<Registration> found) {
    found.filter(r -> r.status() == RegistrationStatus.CONFIRMED).ifPresent(r -> announce(fair, r));
    registrations.leaveWaitlist(fair.id(), place, waiting.ticket());
  }

  private void promote(Fair fair, Place place, RegistrationStore.Waiting waiting) {
    registrations.confirm(fair.id(), waiting.registrationId(), clock.now()).ifPresent(confirmed -> {
      if (confirmed.status() == RegistrationStatus.CONFIRMED) {
        announce(fair, confirmed);
      }
    });
    registrations.leaveWaitlist(fair.id(), place, waiting.ticket());
  }

  private Placed place(Fair fair, Registrant registrant) {
    String id = Ids.registrationId(fair.id(), registrant.personKey());
    Optional<Registration> existing = registrations.find(fair.id(), id);
    if (existing.isPresent() && existing.get().status().active() && existing.get().status() != RegistrationStatus.PENDING) {
      return again(fair, existing.get());
    }
    Instant now = clock.now();
    if (fair.cancelled()) {
      throw new Conflict("fair " + fair.id() + " is cancelled");
    }
    if (!fair.takesRegistrationsAt(now)) {
      throw new Conflict("registration for fair " + fair.id() + " is open from " + fair.plan().registrationOpensAt()
          + " until " + fair.plan().registrationClosesAt(), Map.of("fairId", fair.id()));
    }
    Place place = registrant.place();
    if (fair.plan().capacity(place) == 0) {
      throw new Conflict("fair " + fair.id() + " has no " + (place == Place.SEAT ? "seats for job seekers" : "booths for employers"));
    }
    // Only the attempt that opens the registration reports it new; a concurrent or repeated attempt of the same
    // person finishes the same steps and answers with what is there.
    boolean opened = false;
    if (existing.isEmpty() || existing.get().status() == RegistrationStatus.CANCELLED) {
      CheckInCode code = existing.map(Registration::code).orElseGet(() -> CheckInCode.generate(random));
      int round = existing.map(r -> r.round() + 1).orElse(1);
      Registration pending = Registration.pending(id, fair.id(), registrant, code, round, now);
      opened = registrations.open(pending);
      if (opened) {
        activity.registered(fair, pending);
      }
    }
    Registration pending = registration(fair.id(), id);
    if (pending.status() != RegistrationStatus.PENDING) {
      // Placed by a concurrent attempt of the same person; if this attempt opened it, it is still this one's news.
      Placed placed = again(fair, pending);
      return new Placed(placed.registration(), fair, placed.position(), opened);
    }
    switch (fairs.take(fair.id(), place, id, now)) {
      case TAKEN -> {
        Registration confirmed = registrations.confirm(fair.id(), id, now).orElseThrow();
        if (confirmed.status() == RegistrationStatus.CONFIRMED) {
          announce(fair, confirmed);
        }
        return new Placed(confirmed, fair, OptionalInt.empty(), opened);
      }
      case CLOSED -> {
        registrations.cancel(fair.id(), id, now, "fair cancelled");
        throw new Conflict("fair " + fair.id() + " is cancelled");
      }
      default -> {
        long ticket = pending.ticket().orElseGet(() -> fairs.nextTicket(fair.id(), place));
        registrations.waitlist(fair.id(), id, ticket);
        fillFreePlaces(fair, place);
        Registration now_ = registration(fair.id(), id);
        return new Placed(now_, fair, position(now_), opened);
      }
    }
  }

  /** Tells other functions, then notes it told them: a repeat after a failure in between tells again. */
  private void announce(Fair fair, Registration confirmed) {
    if (!confirmed.announced()) {
      events.confirmed(fair, confirmed);
      registrations.markAnnounced(fair.id(), confirmed.id(), confirmed.round());
    }
  }

  /** Registering again: the registration there is, with anything an interrupted attempt left undone finished. */
  private Placed again(Fair fair, Registration registration) {
    Registration settled = settle(fair, registration);
    if (settled.status() == RegistrationStatus.CONFIRMED && !settled.announced()) {
      announce(fair, settled);
    } else if (settled.status() == RegistrationStatus.WAITLISTED) {
      registrations.waitlist(fair.id(), settled.id(), settled.ticket().orElseThrow());
    }
    return new Placed(settled, fair, position(settled), false);
  }

  /** A waiting registration that already holds a place was promoted by an attempt that stopped half-way. */
  private Registration settle(Fair fair, Registration registration) {
    if (registration.status() == RegistrationStatus.WAITLISTED
        && fairs.holds(fair.id(), registration.place(), registration.id())) {
      promote(fair, registration.place(),
          new RegistrationStore.Waiting(registration.id(), registration.ticket().orElseThrow()));
      return registration(fair.id(), registration.id());
    }
    return registration;
  }

  private OptionalInt position(Registration registration) {
    if (registration.status() != RegistrationStatus.WAITLISTED || registration.ticket().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(registrations.position(registration.fairId(), registration.place(),
        registration.ticket().getAsLong()));
  }

  private void requireOwnerOrStaff(Actor actor, Fair fair, Registration registration) {
    if (!registration.ownedBy(actor.subject()) && !actor.isStaffOf(fair.plan().region())
        && !actor.isStaffOf(registration.registrant().homeRegion())) {
      throw new Forbidden("only the registrant and staff of the fair's or the registrant's region may do this");
    }
  }

  private Fair fair(String fairId) {
    return fairs.find(fairId).orElseThrow(() -> new NotFound("fair", fairId));
  }

  private Registration registration(String fairId, String registrationId) {
    return registrations.find(fairId, registrationId)
        .orElseThrow(() -> new NotFound("registration", registrationId));
  }
}
