package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** An open job as a campaign message mentions it: the public facts of the jobs function's posting. */
public record JobCard(String id, String title, String employerName, Region region, String countyCode,
    Optional<String> city, BigDecimal salaryMin, BigDecimal salaryMax, String salaryUnit, LocalDate validThrough) {}
