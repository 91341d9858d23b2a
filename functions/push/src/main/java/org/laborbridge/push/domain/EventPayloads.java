package org.laborbridge.push.domain;

/** Writes the data of the events push sends to gateways. */
public interface EventPayloads {

  /** The job.pushed event: worker id, job id, job summary and reasons; never a phone or identity number. */
  String jobPushed(PushRequest push);
}
