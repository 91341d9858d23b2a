package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.jobs.domain.Partner;
import org.laborbridge.jobs.domain.PartnerKind;
import org.laborbridge.shared.webhook.WebhookReply;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.jobs.store.Fixtures.NOW;
import static org.laborbridge.jobs.store.JobListingTest.base64;

/** Partners with their secrets, listed without a scan, and the webhook deliveries they were already answered. */
@LocalAwsTest
class DynamoPartnerStoreTest {

  @Test
  void a_registered_partner_reads_back_with_its_secrets_and_callback(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    Partner partner = Fixtures.partner("ningbo-labor");

    assertTrue(partners.insert(partner));

    Partner read = partners.find("ningbo-labor").orElseThrow();
    assertEquals(partner, read);
    assertEquals(partner.secrets().stream().map(WebhookSecret::encoded).toList(),
        read.secrets().stream().map(WebhookSecret::encoded).toList());
  }

  @Test
  void a_partner_without_a_callback_reads_back_without_one(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    Partner full = Fixtures.partner("quiet-coop");
    Partner partner = new Partner(full.id(), full.name(), full.regionCode(), PartnerKind.COOPERATIVE, full.secrets(), null,
        false, NOW, NOW);

    partners.insert(partner);

    assertEquals(Optional.of(partner), partners.find("quiet-coop"));
  }

  @Test
  void a_partner_id_is_taken_once(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    Partner first = Fixtures.partner("taken-id");

    assertTrue(partners.insert(first));
    assertFalse(partners.insert(Fixtures.partner("taken-id")));

    assertEquals(Optional.of(first), partners.find("taken-id"));
  }

  @Test
  void switching_a_partner_off_and_rotating_its_secrets_is_stored(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    Partner partner = Fixtures.partner("rotating");
    partners.insert(partner);
    Partner changed = new Partner(partner.id(), partner.name(), partner.regionCode(), partner.kind(),
        List.of(WebhookSecret.generate()), partner.callbackUrl(), false, partner.createdAt(), NOW.plusSeconds(60));

    partners.replace(changed);

    assertEquals(Optional.of(changed), partners.find("rotating"));
  }

  @Test
  void replacing_a_partner_that_was_never_registered_is_not_found_and_registers_nothing(LocalAws aws,
      ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));

    assertThrows(NotFound.class, () -> partners.replace(Fixtures.partner("ghost")));

    assertEquals(Optional.empty(), partners.find("ghost"));
  }

  @Test
  void partners_are_listed_in_id_order_in_pages_of_two(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    for (String id : List.of("list-e", "list-a", "list-c", "list-b", "list-d")) {
      partners.insert(Fixtures.partner(id));
    }
    partners.rememberReceipt("list-a", "msg_1", new WebhookReply(202, "{}"), NOW.plusSeconds(60));

    List<List<String>> pages = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<Partner> page = partners.list(new PageRequest(cursor, 2));
      pages.add(page.items().stream().map(Partner::id).toList());
      cursor = page.nextCursor();
    } while (cursor.isPresent() && pages.size() < 20);

    // Other tests of this class register partners too; ours come in order among them.
    assertEquals(List.of("list-a", "list-b", "list-c", "list-d", "list-e"),
        pages.stream().flatMap(List::stream).filter(id -> id.startsWith("list-")).toList());
    assertTrue(pages.stream().allMatch(page -> page.size() == 2 || page == pages.get(pages.size() - 1)), pages.toString());
    assertEquals(pages.stream().flatMap(List::stream).sorted().toList(), pages.stream().flatMap(List::stream).toList());
  }

  @Test
  void a_cursor_that_was_not_given_out_for_the_partner_list_is_refused_as_invalid_input(LocalAws aws,
      ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    List<String> bad = List.of("?!", base64("{\"k\":{\"pk\":\"PARTNER#x\",\"sk\":\"WEBHOOK#y\"}}"),
        base64("{\"k\":{\"pk\":\"PARTNERS\"}}"), base64("{\"m\":\"2026-11\",\"k\":{\"pk\":\"PARTNERS\",\"sk\":\"PARTNER#a\"}}"));

    for (String cursor : bad) {
      assertThrows(InvalidValue.class, () -> partners.list(new PageRequest(Optional.of(cursor), 2)), cursor);
    }
  }

  @Test
  void a_webhook_answered_once_is_answered_the_same_way_until_its_receipt_expires(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    WebhookReply reply = new WebhookReply(201, "{\"id\":\"job-1\"}");
    partners.rememberReceipt("receipts", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", reply, NOW.plus(Duration.ofDays(7)));

    assertEquals(Optional.of(reply), partners.receipt("receipts", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", NOW.plusSeconds(5)));
    assertEquals(Optional.of(reply), partners.receipt("receipts", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", NOW.plus(Duration.ofDays(7))));
    assertEquals(Optional.empty(), partners.receipt("receipts", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
        NOW.plus(Duration.ofDays(7)).plusSeconds(1)));
  }

  @Test
  void a_webhook_id_is_remembered_per_partner(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    partners.rememberReceipt("partner-one", "msg_same", new WebhookReply(204, null), NOW.plusSeconds(60));

    assertEquals(Optional.of(new WebhookReply(204, null)), partners.receipt("partner-one", "msg_same", NOW));
    assertEquals(Optional.empty(), partners.receipt("partner-two", "msg_same", NOW));
    assertEquals(Optional.empty(), partners.receipt("partner-one", "msg_other", NOW));
  }

  @Test
  void a_delivery_is_claimed_once_until_its_claim_lapses_or_is_released(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    Duration claim = Duration.ofSeconds(60);

    assertTrue(partners.claimDelivery("claims", "msg_1", NOW, NOW.plus(claim)));
    assertFalse(partners.claimDelivery("claims", "msg_1", NOW.plusSeconds(10), NOW.plusSeconds(10).plus(claim)),
        "a redelivery while the first attempt works is kept out");
    assertEquals(Optional.empty(), partners.receipt("claims", "msg_1", NOW.plusSeconds(10)), "a claim is no answer");
    assertTrue(partners.claimDelivery("claims", "msg_1", NOW.plusSeconds(61), NOW.plusSeconds(61).plus(claim)),
        "a claim left by a crashed attempt lapses");

    partners.releaseDelivery("claims", "msg_1");
    assertTrue(partners.claimDelivery("claims", "msg_1", NOW.plusSeconds(62), NOW.plusSeconds(62).plus(claim)),
        "a released claim can be taken by the next retry");
  }

  @Test
  void an_answered_delivery_cannot_be_claimed_and_its_answer_survives_a_release(LocalAws aws, ProvisionedStack stack) {
    DynamoPartnerStore partners = new DynamoPartnerStore(aws.dynamoDb(), stack.tableName("PartnersTable"));
    WebhookReply reply = new WebhookReply(200, "{\"outcome\":\"POSTED\"}");
    assertTrue(partners.claimDelivery("answered", "msg_1", NOW, NOW.plusSeconds(60)));
    partners.rememberReceipt("answered", "msg_1", reply, NOW.plus(Duration.ofDays(7)));

    assertFalse(partners.claimDelivery("answered", "msg_1", NOW.plusSeconds(120), NOW.plusSeconds(180)));
    partners.releaseDelivery("answered", "msg_1");
    assertEquals(Optional.of(reply), partners.receipt("answered", "msg_1", NOW.plusSeconds(120)));
  }
}
