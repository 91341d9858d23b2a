package org.laborbridge.platform.testing;

import io.micronaut.context.ApplicationContext;
import org.laborbridge.localaws.LocalAws;

import java.util.HashMap;
import java.util.Map;

/**
 * The Micronaut context a function's handlers run on in tests: the "test" environment, the function's own settings,
 * and its AWS clients pointed at local AWS through the endpoint overrides the platform's client factory reads.
 */
public final class FunctionContexts {

  private FunctionContexts() {}

  /**
   * @param settings the environment template.yaml gives the function, resolved against the local stack; a setting
   *                 named here wins over the endpoints
   * @param singletons beans the test supplies itself, such as the clock it controls
   */
  public static ApplicationContext start(LocalAws aws, Map<String, Object> settings, Object... singletons) {
    // s3proxy checks signatures with its own keys: the SDK's default chain reads these before the environment's.
    System.setProperty("aws.accessKeyId", aws.backend().accessKey());
    System.setProperty("aws.secretAccessKey", aws.backend().secretKey());
    Map<String, Object> properties = new HashMap<>();
    properties.put("aws.endpoints.dynamodb", aws.backend().dynamoDbEndpoint().toString());
    properties.put("aws.endpoints.sqs", aws.backend().sqsEndpoint().toString());
    properties.put("aws.endpoints.s3", aws.backend().s3Endpoint().toString());
    properties.putAll(settings);
    return ApplicationContext.builder().environments("test").properties(properties).singletons(singletons).start();
  }
}
