package org.laborbridge.push.domain;

/** What an inbox entry holds: a job with why it was picked, or a campaign's message. */
public sealed interface InboxContent permits JobMatch, CampaignContent {}
