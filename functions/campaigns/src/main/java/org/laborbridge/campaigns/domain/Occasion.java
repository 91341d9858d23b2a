package org.laborbridge.campaigns.domain;

/** Why a campaign sends on a day: it opens, or it is one of its reminder days. */
public enum Occasion { OPENING, REMINDER }
