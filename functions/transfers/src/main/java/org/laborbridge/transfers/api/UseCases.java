package org.laborbridge.transfers.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.dynamo.DynamoWebhookReceipts;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.transfers.domain.ApplyForTransfer;
import org.laborbridge.transfers.domain.FlagLateTransfers;
import org.laborbridge.transfers.domain.ListTransfers;
import org.laborbridge.transfers.domain.ManageDocuments;
import org.laborbridge.transfers.domain.ProgressTransfer;
import org.laborbridge.transfers.domain.ReadTransfer;
import org.laborbridge.transfers.domain.ReceiveTransferWebhook;
import org.laborbridge.transfers.store.DynamoPartnerDirectory;
import org.laborbridge.transfers.store.CountedTransferActivity;
import org.laborbridge.transfers.store.DynamoTransferStore;
import org.laborbridge.transfers.store.DynamoWorkerDirectory;
import org.laborbridge.transfers.store.S3DocumentFiles;
import org.laborbridge.transfers.store.SqsNotices;
import org.laborbridge.transfers.store.TransfersTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the domain's use cases to their DynamoDB, SQS and S3 adapters. Beans are made when first needed, so the
 * schedule function (no bucket, no partners) never builds what only the HTTP function uses.
 */
@Factory
class UseCases {

  @Singleton
  DynamoTransferStore transferStore(DynamoDbClient dynamoDb, TransfersConfiguration config) {
    return new DynamoTransferStore(dynamoDb, config.table());
  }

  @Singleton
  SqsNotices notices(SqsClient sqs, TransfersConfiguration config) {
    return new SqsNotices(sqs, config.pushQueueUrl());
  }

  @Singleton
  ApplyForTransfer applyForTransfer(DynamoTransferStore transfers, DynamoDbClient dynamoDb, TransfersConfiguration config,
      CountedTransferActivity activity, ProgrammeClock clock) {
    return new ApplyForTransfer(transfers, new DynamoWorkerDirectory(dynamoDb, config.workersTable()), config.deadlines(),
        activity, clock);
  }

  @Singleton
  ProgressTransfer progressTransfer(DynamoTransferStore transfers, SqsNotices notices, TransfersConfiguration config,
      CountedTransferActivity activity, ProgrammeClock clock) {
    return new ProgressTransfer(transfers, notices, config.deadlines(), activity, clock);
  }

  @Singleton
  CountedTransferActivity activity(DynamoDbClient dynamoDb, TransfersConfiguration config) {
    return new CountedTransferActivity(new ActivityCounters(dynamoDb, config.countersTable()));
  }

  @Singleton
  ReadTransfer readTransfer(DynamoTransferStore transfers) {
    return new ReadTransfer(transfers);
  }

  @Singleton
  ListTransfers listTransfers(DynamoTransferStore transfers, DynamoDbClient dynamoDb, TransfersConfiguration config) {
    return new ListTransfers(transfers, new DynamoWorkerDirectory(dynamoDb, config.workersTable()));
  }

  @Singleton
  ManageDocuments manageDocuments(DynamoTransferStore transfers, S3Client s3, S3Presigner presigner,
      TransfersConfiguration config, ProgrammeClock clock) {
    return new ManageDocuments(transfers, transfers, new S3DocumentFiles(s3, presigner, config.filesBucket()), clock);
  }

  @Singleton
  ReceiveTransferWebhook receiveTransferWebhook(DynamoDbClient dynamoDb, TransfersConfiguration config, ProgrammeClock clock) {
    return new ReceiveTransferWebhook(new DynamoPartnerDirectory(dynamoDb, config.partnersTable()),
        new DynamoWebhookReceipts(dynamoDb, config.table(), TransfersTable::receiptKey), clock);
  }

  @Singleton
  FlagLateTransfers flagLateTransfers(DynamoTransferStore transfers, SqsNotices notices, CountedTransferActivity activity,
      ProgrammeClock clock) {
    return new FlagLateTransfers(transfers, notices, activity, clock);
  }
}
