package org.laborbridge.jobs.api;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.jobs.domain.PriorityGroup;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.util.List;

/**
 * A worker as the API returns it. The identity number is always masked; the phone is shown whole only to the
 * worker themself.
 */
public record WorkerView(
    String id,
    String name,
    String identityNumber,
    String phone,
    String homeCounty,
    List<String> desiredRegions,
    List<String> occupationCodes,
    List<String> skills,
    BigDecimal expectedMonthlyWage,
    String availableFrom,
    List<String> priorityGroups,
    WorkerBody.ConsentBody consent,
    String registeredBy,
    String createdAt,
    String modifiedAt,
    long version) {

  static WorkerView of(Worker worker, Actor viewer) {
    WorkerPreferences p = worker.preferences();
    boolean self = worker.ownedBy(viewer.subject());
    return new WorkerView(worker.id(), worker.name(), worker.identityNumber().masked(),
        self ? worker.phone().value() : worker.phone().masked(), worker.homeCounty().value(),
        p.anyRegion() ? List.of("any") : p.desiredRegions().stream().map(Region::code).sorted().toList(),
        p.occupations().stream().map(o -> o.value()).toList(), p.skills(), p.expectedMonthlyWage(),
        p.availableFrom() == null ? null : p.availableFrom().toString(),
        p.priorityGroups().stream().map(PriorityGroup::name).sorted().toList(),
        new WorkerBody.ConsentBody(p.consent().granted(), p.consent().channels().stream().map(Enum::name).sorted().toList()),
        worker.registeredBy().kind().name(), worker.createdAt().toString(), worker.modifiedAt().toString(), worker.version());
  }
}
