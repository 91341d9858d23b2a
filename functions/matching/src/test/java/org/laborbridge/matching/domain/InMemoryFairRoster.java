package org.laborbridge.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fairs' rosters in memory: each seat and booth kept once, the first confirmation's facts staying. */
class InMemoryFairRoster implements FairRoster {

  private final Map<String, Map<String, String>> seats = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> booths = new LinkedHashMap<>();
  private final Map<String, Map<String, JobFair>> fairsOfWorker = new LinkedHashMap<>();
  private final Map<String, Map<String, JobFair>> fairsOfJob = new LinkedHashMap<>();
  private int writes;

  @Override
  public synchronized void seat(JobFair fair, String registrationId, String workerId) {
    writes++;
    seats.computeIfAbsent(fair.fairId(), f -> new LinkedHashMap<>()).putIfAbsent(workerId, registrationId);
    fairsOfWorker.computeIfAbsent(workerId, w -> new LinkedHashMap<>()).putIfAbsent(fair.fairId(), fair);
  }

  @Override
  public synchronized void booth(JobFair fair, String registrationId, Collection<String> jobIds) {
    writes++;
    for (String jobId : jobIds) {
      booths.computeIfAbsent(fair.fairId(), f -> new LinkedHashMap<>()).putIfAbsent(jobId, registrationId);
      fairsOfJob.computeIfAbsent(jobId, j -> new LinkedHashMap<>()).putIfAbsent(fair.fairId(), fair);
    }
  }

  @Override
  public synchronized Ids seatedWorkers(String fairId) {
    return new Ids(List.copyOf(seats.getOrDefault(fairId, Map.of()).keySet()), 1);
  }

  @Override
  public synchronized Ids boothJobs(String fairId) {
    return new Ids(List.copyOf(booths.getOrDefault(fairId, Map.of()).keySet()), 1);
  }

  @Override
  public synchronized Fairs fairsOfWorker(String workerId) {
    return new Fairs(new ArrayList<>(fairsOfWorker.getOrDefault(workerId, Map.of()).values()), 1);
  }

  @Override
  public synchronized Fairs fairsOfJob(String jobId) {
    return new Fairs(new ArrayList<>(fairsOfJob.getOrDefault(jobId, Map.of()).values()), 1);
  }

  /** How many seat or booth writes were made: none for a fair that has ended. */
  synchronized int writes() {
    return writes;
  }
}
