package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Optional;

/** A job fair as a campaign message mentions it: the public facts of the fairs function's record. */
public record FairCard(String id, String name, Region region, String venue, Instant startsAt, Instant endsAt,
    Optional<String> campaignId, boolean scheduled) {}
