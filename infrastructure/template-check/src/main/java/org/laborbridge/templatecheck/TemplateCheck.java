package org.laborbridge.templatecheck;

import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** All checks of a SAM template against the repository: handlers, references, policies and cfn-lint. */
public final class TemplateCheck {

  private final Path root;
  private final Function<Path, List<Path>> sourceRoots;
  private final ClassLoader classLoader;
  private final CfnLint cfnLint;

  /**
   * @param root        the repository root; CodeUri is relative to it
   * @param sourceRoots where, inside a CodeUri module, handler sources may live (production: src/main/java)
   * @param classLoader loads handler classes (the test classpath holds every function module)
   */
  public TemplateCheck(Path root, Function<Path, List<Path>> sourceRoots, ClassLoader classLoader, CfnLint cfnLint) {
    this.root = root;
    this.sourceRoots = sourceRoots;
    this.classLoader = classLoader;
    this.cfnLint = cfnLint;
  }

  public static Function<Path, List<Path>> mainSources() {
    return module -> List.of(module.resolve("src/main/java"));
  }

  public List<Finding> check(Path templateFile) {
    CloudFormationTemplate template = TemplateLoader.load(templateFile);
    List<ServerlessFunction> functions = ServerlessFunction.all(template);
    List<Finding> findings = new ArrayList<>();
    findings.addAll(new HandlerRule(root, sourceRoots, classLoader).check(functions));
    findings.addAll(new ReferenceRule(template).check());
    findings.addAll(new PolicyRule(template).check(functions));
    if (cfnLint != null) {
      findings.addAll(cfnLint.check(templateFile));
    }
    return findings;
  }
}
