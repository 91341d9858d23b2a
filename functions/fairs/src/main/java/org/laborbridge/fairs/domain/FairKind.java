package org.laborbridge.fairs.domain;

/** What kind of event a fair is: held at a venue, held online, or a special fair for migrant workers (Spring Breeze). */
public enum FairKind { ON_SITE, ONLINE, MIGRANT_WORKER_SPECIAL }
