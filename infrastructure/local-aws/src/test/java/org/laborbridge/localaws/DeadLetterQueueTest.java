package org.laborbridge.localaws;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A poison message moves to the dead-letter queue after maxReceiveCount receives, and takes no good message with it. */
@LocalAwsTest
class DeadLetterQueueTest {

  @Test
  void a_message_received_five_times_without_being_deleted_lands_in_the_dead_letter_queue(LocalAws aws, ProvisionedStack stack) {
    String queue = stack.queueUrl("MatchingQueue");
    String deadLetters = stack.queueUrl("MatchingDeadLetterQueue");
    aws.sqs().sendMessage(r -> r.queueUrl(queue).messageBody("{\"id\":\"poison\"}"));

    for (int receive = 1; receive <= 5; receive++) {
      List<Message> got = aws.sqs().receiveMessage(r -> r.queueUrl(queue).visibilityTimeout(0).waitTimeSeconds(1)).messages();
      assertEquals(1, got.size(), "receive " + receive + " still sees the message");
    }
    aws.sqs().sendMessage(r -> r.queueUrl(queue).messageBody("{\"id\":\"good\"}"));

    List<Message> next = aws.sqs().receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
    assertEquals(List.of("{\"id\":\"good\"}"), next.stream().map(Message::body).toList());
    List<Message> dead = aws.sqs().receiveMessage(r -> r.queueUrl(deadLetters).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
    assertEquals(List.of("{\"id\":\"poison\"}"), dead.stream().map(Message::body).toList());
    assertTrue(stack.queueUrl("MatchingDeadLetterQueue").endsWith("laborbridge-test-MatchingDeadLetterQueue"));
  }
}
