package org.laborbridge.runner;

import java.time.Duration;
import java.util.Optional;

/** What ./run-local prints once everything is up: where the API is, how to get a token, a first curl. */
final class Banner {
  private Banner() {}

  static void print(LocalPlatform platform, long startMillis, String dataDir) {
    String api = "http://localhost:" + platform.port();
    String token = platform.issuer().token("local-staff-51", java.util.Set.of("staff"), Optional.of("51"), Duration.ofHours(12));
    System.out.println();
    System.out.println("LaborBridge is running locally (" + platform.functions().size() + " functions, started in "
        + startMillis + " ms).");
    System.out.println("  HTTP API     " + api + "/v1/...");
    System.out.println("  local AWS    " + platform.aws().backend().describe());
    System.out.println("  data         " + (dataDir == null ? "in memory (use --data DIR to keep it)" : dataDir));
    System.out.println("  schedules    " + String.join(", ", platform.scheduler().names()) + (platform.scheduler().names().isEmpty() ? "none" : ""));
    System.out.println();
    System.out.println("A token (staff of Sichuan, 12 h); others: ./run-local token --role worker|employer|staff|partner [--region 33]");
    System.out.println("  export TOKEN=" + token);
    System.out.println();
    System.out.println("Try:");
    System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
    System.out.println("    -d '{\"id\":\"zj-hr\",\"name\":\"Zhejiang HR Department\",\"regionCode\":\"330000\",\"kind\":\"hr-department\","
        + "\"secrets\":[\"whsec_bGFib3JicmlkZ2Utc2FtcGxlLWtleS16ai0wMDAxISE=\"]}' \\");
    System.out.println("    " + api + "/v1/partners");
    System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" '" + api + "/v1/jobs?region=33'");
    System.out.println();
    System.out.println("Stop with Ctrl-C.");
  }
}
