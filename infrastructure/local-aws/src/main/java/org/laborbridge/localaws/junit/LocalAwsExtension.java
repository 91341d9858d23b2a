package org.laborbridge.localaws.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.LocalStackBackend;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.TemplateLoader;

/**
 * Starts local AWS once per test JVM (closed when the JVM's tests end) and provisions a clean stack for
 * each test class. With {@code -Dlaborbridge.aws=localstack} (the -Plocalstack profile) the same tests run
 * against LocalStack in Docker, and are reported skipped where Docker is missing.
 */
public final class LocalAwsExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

  public static final String BACKEND_PROPERTY = "laborbridge.aws";
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalAwsExtension.class);

  /** Under -Plocalstack without Docker, the tests are reported skipped, never failed. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (onLocalStack() && !LocalStackBackend.dockerAvailable()) {
      return ConditionEvaluationResult.disabled("Docker is not available here: LocalStack tests skipped");
    }
    return ConditionEvaluationResult.enabled("local AWS: " + System.getProperty(BACKEND_PROPERTY, "emulators"));
  }

  private static boolean onLocalStack() {
    return "localstack".equals(System.getProperty(BACKEND_PROPERTY));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    LocalAws aws = shared(context);
    LocalAwsTest settings = context.getRequiredTestClass().getAnnotation(LocalAwsTest.class);
    String template = settings == null ? "template.yaml" : settings.template();
    String stackName = settings == null ? "laborbridge-test" : settings.stackName();
    ProvisionedStack stack = aws.reset(TemplateLoader.load(RepositoryRoot.find().resolve(template)),
        StackSettings.local(stackName).withRegion(aws.backend().region()));
    context.getStore(NAMESPACE).put(ProvisionedStack.class, stack);
  }

  /** The one LocalAws of this test JVM. */
  public static LocalAws shared(ExtensionContext context) {
    boolean localStack = onLocalStack();
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(LocalAws.class, key -> localStack ? LocalAws.startLocalStack() : LocalAws.start(), LocalAws.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalAws.class || type == ProvisionedStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == LocalAws.class) {
      return shared(context);
    }
    return context.getStore(NAMESPACE).get(ProvisionedStack.class, ProvisionedStack.class);
  }
}
