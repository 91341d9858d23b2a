package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.util.List;
import java.util.Optional;

/** The calendar: campaigns by id and by the year they start in, and which years were seeded. */
public interface CampaignStore {

  /** @return false when the id is taken (nothing is written then) */
  boolean insert(Campaign campaign);

  Optional<Campaign> find(String id);

  /** Writes the campaign if the stored one still has {@code expectedVersion}; false otherwise. */
  boolean replace(Campaign campaign, long expectedVersion);

  /** A page of the campaigns starting in {@code year}, by first day. */
  Page<Campaign> listYear(int year, PageRequest page);

  /** Every campaign starting in {@code year}: a year's calendar holds a handful. */
  List<Campaign> allOfYear(int year);

  boolean isSeeded(int year);

  void markSeeded(int year);
}
