package org.laborbridge.localaws.emulator;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeRuntimeTest {

  @Test
  void a_missing_node_is_reported_with_the_fix() {
    NodeRuntime node = new NodeRuntime(RepositoryRoot.localAwsModule(), "node-that-is-not-installed");
    EmulatorException e = assertThrows(EmulatorException.class, node::requireSupportedVersion);
    assertTrue(e.getMessage().contains("Install Node.js 20+"), e.getMessage());
  }

  @Test
  void versions_are_read_from_what_node_prints() {
    assertEquals(20, NodeRuntime.majorVersion("v20.20.2"));
    assertEquals(18, NodeRuntime.majorVersion("v18.19.0\n"));
    assertThrows(EmulatorException.class, () -> NodeRuntime.majorVersion("command not found"));
  }

  @Test
  void the_node_on_this_machine_is_new_enough() {
    new NodeRuntime(RepositoryRoot.localAwsModule()).requireSupportedVersion();
  }
}
