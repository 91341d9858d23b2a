package org.laborbridge.reports.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.laborbridge.platform.sqs.EnvelopeSender;
import org.laborbridge.reports.domain.GenerateReport;
import org.laborbridge.reports.domain.ReadReports;
import org.laborbridge.reports.domain.RepairCounters;
import org.laborbridge.reports.domain.RequestReport;
import org.laborbridge.reports.store.DynamoActivityCounts;
import org.laborbridge.reports.store.DynamoReportCatalog;
import org.laborbridge.reports.store.RecordsForRepair;
import org.laborbridge.reports.store.S3ReportFiles;
import org.laborbridge.reports.store.SqsReportQueue;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the domain's use cases to their DynamoDB, S3 and SQS adapters. Beans are made when first needed, so each of
 * the four functions builds only what it uses (the schedules never touch S3; only the repair reads other tables).
 */
@Factory
class UseCases {

  @Singleton
  DynamoReportCatalog catalog(DynamoDbClient dynamoDb, ReportsConfiguration config) {
    return new DynamoReportCatalog(dynamoDb, config.countersTable());
  }

  @Singleton
  DynamoActivityCounts activityCounts(DynamoDbClient dynamoDb, ReportsConfiguration config) {
    return new DynamoActivityCounts(dynamoDb, config.countersTable());
  }

  @Singleton
  S3ReportFiles reportFiles(S3Client s3, S3Presigner presigner, ReportsConfiguration config) {
    return new S3ReportFiles(s3, presigner, config.filesBucket());
  }

  @Singleton
  RequestReport requestReport(DynamoReportCatalog catalog, SqsClient sqs, ReportsConfiguration config, ProgrammeClock clock) {
    return new RequestReport(catalog, new SqsReportQueue(new EnvelopeSender(sqs, clock.clock()), config.queueUrl()), clock);
  }

  @Singleton
  GenerateReport generateReport(DynamoActivityCounts counts, S3ReportFiles files, DynamoReportCatalog catalog,
      ProgrammeClock clock) {
    return new GenerateReport(counts, files, catalog, clock);
  }

  @Singleton
  ReadReports readReports(DynamoReportCatalog catalog, S3ReportFiles files, ReportsConfiguration config) {
    return new ReadReports(catalog, files, config.linkValidity());
  }

  @Singleton
  RepairCounters repairCounters(DynamoDbClient dynamoDb, DynamoActivityCounts counts, ReportsConfiguration config) {
    return new RepairCounters(new RecordsForRepair(dynamoDb, config.jobsTable(), config.workersTable(),
        config.fairsTable(), config.transfersTable()), counts);
  }
}
