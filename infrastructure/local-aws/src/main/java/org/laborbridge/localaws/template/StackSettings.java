package org.laborbridge.localaws.template;

import java.util.Map;

/** What a deployment supplies besides the template: stack name, region, account and parameter values. */
public record StackSettings(String stackName, String region, String accountId, Map<String, String> parameters) {

  public static final String LOCAL_ACCOUNT = "000000000000";

  public StackSettings {
    parameters = Map.copyOf(parameters);
  }

  public static StackSettings local(String stackName) {
    return new StackSettings(stackName, "us-east-1", LOCAL_ACCOUNT, Map.of());
  }

  public StackSettings withRegion(String value) {
    return new StackSettings(stackName, value, accountId, parameters);
  }

  public StackSettings withParameters(Map<String, String> values) {
    return new StackSettings(stackName, region, accountId, values);
  }
}
