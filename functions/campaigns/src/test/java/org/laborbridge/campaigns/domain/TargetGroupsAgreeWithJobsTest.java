package org.laborbridge.campaigns.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A campaign's priority groups are matched by name against what the jobs function stores on a worker; campaigns
 * does not depend on jobs' classes, so this reads jobs' PriorityGroup source and compares the names.
 */
class TargetGroupsAgreeWithJobsTest {

  @Test
  void the_priority_target_groups_are_exactly_the_priority_groups_jobs_stores() throws IOException {
    Path source = RepositoryRoot.find().resolve("functions/jobs/src/main/java/org/laborbridge/jobs/domain/PriorityGroup.java");
    String text = Files.readString(source);
    Matcher body = Pattern.compile("enum PriorityGroup \\{([^}]*)}").matcher(text);
    body.find();
    List<String> jobsNames = Arrays.stream(body.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();

    assertEquals(jobsNames, Arrays.stream(TargetGroup.values()).filter(TargetGroup::isPriorityGroup).map(Enum::name)
        .toList());
  }
}
