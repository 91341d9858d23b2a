package org.laborbridge.campaigns.domain;

/** A campaign on the calendar sends on its days until staff cancel it. */
public enum CampaignStatus { SCHEDULED, CANCELLED }
