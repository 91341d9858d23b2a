package org.laborbridge.runner.lambda;

import java.util.concurrent.CompletableFuture;

/** One event handed to a function, and the answer it will get: the handler's output or its error. */
final class Invocation {

  final String requestId;
  final byte[] event;
  final long deadlineMillis;
  final CompletableFuture<InvocationResult> result = new CompletableFuture<>();

  Invocation(String requestId, byte[] event, long deadlineMillis) {
    this.requestId = requestId;
    this.event = event;
    this.deadlineMillis = deadlineMillis;
  }
}
