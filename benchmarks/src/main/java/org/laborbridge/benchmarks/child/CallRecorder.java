package org.laborbridge.benchmarks.child;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sees every SDK call a function makes while an invocation runs (registered as a global SDK interceptor only in
 * capacity and warm runs, never in cold-start runs): asks DynamoDB for {@code ReturnConsumedCapacity: TOTAL} on each
 * call, notes what it reports, and keeps the request so that {@link Replay} can make the same call with a bare client.
 */
public final class CallRecorder implements ExecutionInterceptor {

  private static final ExecutionAttribute<Call> CALL = new ExecutionAttribute<>("laborbridge.benchmark.call");
  private static final List<Call> CALLS = Collections.synchronizedList(new ArrayList<>());
  private static volatile boolean recording;

  /** One SDK call: its request (as sent), and for DynamoDB the capacity units the service reported. */
  public static final class Call {
    final SdkRequest request;
    final String operation;
    volatile double capacity;
    /** The length of a streamed request body (an S3 upload), so that the replay sends as many bytes. */
    volatile long bodyLength = -1;
    volatile boolean read;
    volatile boolean failed;

    Call(SdkRequest request) {
      this.request = request;
      String name = request.getClass().getSimpleName();
      this.operation = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
    }
  }

  static void start() {
    CALLS.clear();
    recording = true;
  }

  static List<Call> stop() {
    recording = false;
    synchronized (CALLS) {
      List<Call> calls = new ArrayList<>(CALLS);
      CALLS.clear();
      return calls;
    }
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if (!recording) {
      return request;
    }
    SdkRequest sent = DynamoCapacity.isDynamoDb(request) ? DynamoCapacity.askForCapacity(request) : request;
    Call call = new Call(sent);
    call.read = DynamoCapacity.isRead(call.operation);
    attributes.putAttribute(CALL, call);
    CALLS.add(call);
    return sent;
  }

  @Override
  public void afterMarshalling(Context.AfterMarshalling context, ExecutionAttributes attributes) {
    Call call = attributes.getAttribute(CALL);
    if (call != null) {
      context.requestBody().flatMap(body -> body.optionalContentLength()).ifPresent(length -> call.bodyLength = length);
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    Call call = attributes.getAttribute(CALL);
    if (call != null && DynamoCapacity.isDynamoDb(call.request)) {
      call.capacity = DynamoCapacity.consumed(context.response());
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    Call call = attributes.getAttribute(CALL);
    if (call != null) {
      call.failed = true;
      // A refused conditional write still consumes write capacity; DynamoDB reports it only on success.
    }
  }

  /**
   * {@code rcu=R wcu=W ops=PutItem:1,Query:2 failed=N}: capacity units reported by DynamoDB (reads and writes), and
   * every SDK operation with its count (SQS and S3 included).
   */
  static String summary(List<Call> calls) {
    double rcu = 0;
    double wcu = 0;
    int failed = 0;
    Map<String, Integer> ops = new TreeMap<>();
    for (Call call : calls) {
      if (call.read) {
        rcu += call.capacity;
      } else {
        wcu += call.capacity;
      }
      failed += call.failed ? 1 : 0;
      ops.merge(call.operation, 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "rcu=%.1f wcu=%.1f failed=%d ops=", rcu, wcu, failed));
    ops.forEach((op, n) -> text.append(op).append(':').append(n).append(','));
    if (!ops.isEmpty()) {
      text.setLength(text.length() - 1);
    }
    return text.toString();
  }
}
