package org.laborbridge.reports.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the reports API's OpenAPI document (docs/api/reports.yml), generated from the controller. */
@OpenAPIDefinition(
    info = @Info(title = "LaborBridge reports", version = "1",
        description = "Monthly and weekly reports on the cooperation of the nine regions, for staff: jobs, workers, "
            + "matching and push, fairs, insurance transfers, labor flows and campaigns, per region, counts only "
            + "(1 to 4 suppressed as <5). Asking for a report queues it (202); once generated, a report has a CSV, an "
            + "xlsx and a charted HTML file, downloaded through short-lived presigned links. "
            + "Errors are RFC 9457 application/problem+json. See docs/reports.md."),
    security = @SecurityRequirement(name = "programmeJwt"))
@SecurityScheme(name = "programmeJwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ReportsApiDefinition {
  private ReportsApiDefinition() {}
}
