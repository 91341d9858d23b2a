package org.laborbridge.templatecheck;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** template.yaml agrees with the code: every handler exists and fits its triggers, references resolve, grants are minimal, cfn-lint is clean. */
class RepositoryTemplateTest {

  @Test
  void the_repository_template_has_no_findings() {
    Path root = RepositoryRoot.find();
    TemplateCheck check = new TemplateCheck(root, TemplateCheck.mainSources(), getClass().getClassLoader(),
        new CfnLint(root.resolve("infrastructure/template-check")));
    List<Finding> findings = check.check(root.resolve("template.yaml"));
    assertEquals(List.of(), findings, () -> "template.yaml findings:\n" + String.join("\n", findings.stream().map(Finding::toString).toList()));
  }
}
