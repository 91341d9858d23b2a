package org.laborbridge.campaigns.store;

import java.util.List;

/**
 * What the campaigns function knows of the jobs function's WorkersTable (functions/jobs store/WorkersTable): its
 * sparse index of workers who consent to pushes, by home region. Jobs writes the index keys while a worker's consent
 * is granted and removes them when it is withdrawn; the index projects only {@link #PROJECTED}, never a name, phone
 * or identity number. TablesAgreeWithTemplateTest checks these names against template.yaml.
 */
public final class WorkersAudienceIndex {

  public static final String INDEX = "byConsentedRegion";
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  static final List<String> INDEX_KEY = List.of(PK, SK, GSI1PK, GSI1SK);
  static final String CONSENTED_PREFIX = "CONSENTED#";
  static final String WORKER_PREFIX = "WORKER#";
  static final String WORKER_SK = "WORKER";

  static final String ID = "id";
  static final String HOME_COUNTY = "homeCounty";
  static final String DESIRED_REGIONS = "desiredRegions";
  static final String ANY_REGION = "anyRegion";
  static final String PRIORITY_GROUPS = "priorityGroups";
  static final String CONSENT_CHANNELS = "consentChannels";
  static final String REGISTERED_BY_KIND = "registeredByKind";
  static final String REGISTERED_BY_ID = "registeredById";
  /** Jobs' RegisteredBy.Kind for a worker who registered with their own account. */
  static final String SELF_REGISTERED = "SELF";

  /** The attributes the index must project, besides the keys. */
  public static final List<String> PROJECTED = List.of(ID, HOME_COUNTY, DESIRED_REGIONS, ANY_REGION, PRIORITY_GROUPS,
      CONSENT_CHANNELS, REGISTERED_BY_KIND, REGISTERED_BY_ID);

  private WorkersAudienceIndex() {}
}
