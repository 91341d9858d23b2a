package org.laborbridge.campaigns.domain;

import java.util.List;

/** The push function's queue: campaign messages to workers, and notices to regions' employers. */
public interface CampaignMessages {

  void toWorkers(List<WorkerMessage> messages);

  void toEmployers(List<EmployerNotice> notices);
}
