package org.laborbridge.campaigns.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.laborbridge.campaigns.domain.CalendarDefaults;
import org.laborbridge.campaigns.domain.ManageCampaigns;
import org.laborbridge.campaigns.domain.OpenCampaignDay;
import org.laborbridge.campaigns.domain.SendAudiencePage;
import org.laborbridge.campaigns.store.DynamoAudience;
import org.laborbridge.campaigns.store.DynamoCampaignStore;
import org.laborbridge.campaigns.store.DynamoFairDirectory;
import org.laborbridge.campaigns.store.DynamoJobDirectory;
import org.laborbridge.campaigns.store.DynamoRunStore;
import org.laborbridge.campaigns.store.SqsCampaignMessages;
import org.laborbridge.campaigns.store.SqsFanOut;
import org.laborbridge.platform.sqs.EnvelopeSender;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the campaigns use cases to their DynamoDB and SQS adapters. Beans are made when first needed, so the HTTP
 * function (no queues) never builds what only the schedule and queue functions use.
 */
@Factory
class UseCases {

  @Singleton
  DynamoCampaignStore campaignStore(DynamoDbClient dynamoDb, CampaignsConfiguration config, ProgrammeClock clock) {
    return new DynamoCampaignStore(dynamoDb, config.table(), clock.clock());
  }

  @Singleton
  CalendarDefaults calendarDefaults(DynamoCampaignStore store, CampaignsConfiguration config) {
    return new CalendarDefaults(store, DefaultCalendarSetting.parse(config.defaultCalendar()));
  }

  @Singleton
  DynamoFairDirectory fairDirectory(DynamoDbClient dynamoDb, CampaignsConfiguration config) {
    return new DynamoFairDirectory(dynamoDb, config.fairsTable());
  }

  @Singleton
  DynamoJobDirectory jobDirectory(DynamoDbClient dynamoDb, CampaignsConfiguration config) {
    return new DynamoJobDirectory(dynamoDb, config.jobsTable());
  }

  @Singleton
  DynamoRunStore runStore(DynamoDbClient dynamoDb, CampaignsConfiguration config) {
    return new DynamoRunStore(dynamoDb, config.table());
  }

  @Singleton
  EnvelopeSender envelopeSender(SqsClient sqs, ProgrammeClock clock) {
    return new EnvelopeSender(sqs, clock.clock());
  }

  @Singleton
  ManageCampaigns manageCampaigns(DynamoCampaignStore store, CalendarDefaults defaults, DynamoFairDirectory fairs,
      DynamoRunStore runs, ProgrammeClock clock) {
    return new ManageCampaigns(store, defaults, fairs, runs, clock);
  }

  @Singleton
  OpenCampaignDay openCampaignDay(DynamoCampaignStore store, CalendarDefaults defaults, DynamoRunStore runs,
      EnvelopeSender sender, CampaignsConfiguration config, DynamoFairDirectory fairs, ProgrammeClock clock) {
    return new OpenCampaignDay(store, defaults, runs, new SqsFanOut(sender, config.queueUrl()),
        new SqsCampaignMessages(sender, config.pushQueueUrl()), fairs, clock);
  }

  @Singleton
  SendAudiencePage sendAudiencePage(DynamoCampaignStore store, DynamoRunStore runs, DynamoDbClient dynamoDb,
      EnvelopeSender sender, CampaignsConfiguration config, DynamoFairDirectory fairs, DynamoJobDirectory jobs,
      ProgrammeClock clock) {
    return new SendAudiencePage(store, runs, new DynamoAudience(dynamoDb, config.workersTable()), fairs, jobs,
        new SqsCampaignMessages(sender, config.pushQueueUrl()), new SqsFanOut(sender, config.queueUrl()),
        config.pageSizeOrDefault(), clock);
  }
}
