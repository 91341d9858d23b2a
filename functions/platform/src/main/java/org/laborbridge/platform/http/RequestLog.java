package org.laborbridge.platform.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.servlet.http.ServletHttpRequest;
import org.laborbridge.shared.privacy.Redactor;
import org.laborbridge.shared.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * Around every request: refuses bodies over 256 KB before anything reads them, puts the API Gateway request
 * id on every log line, and writes one outcome line (never a payload, never personal data).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestLog {

  static final int MAX_BODY_BYTES = 256 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger("http");
  private static final String STARTED = "laborbridge.started";
  private static final String PROBLEM = "laborbridge.problem";

  @RequestFilter
  void before(HttpRequest<?> request) {
    request.setAttribute(STARTED, System.nanoTime());
    event(request).map(e -> e.getRequestContext() == null ? null : e.getRequestContext().getRequestId())
        .ifPresent(id -> MDC.put("requestId", id));
    long size = bodySize(request);
    if (size > MAX_BODY_BYTES) {
      throw new ContentLengthExceededException(MAX_BODY_BYTES, size);
    }
  }

  @ResponseFilter
  void after(HttpRequest<?> request, HttpResponse<?> response) {
    long millis = request.getAttribute(STARTED, Long.class).map(t -> (System.nanoTime() - t) / 1_000_000).orElse(-1L);
    Optional<Problem> problem = request.getAttribute(PROBLEM, Problem.class);
    int status = response.code();
    if (status < 400) {
      LOG.info("http.request method={} path={} status={} ms={}", request.getMethodName(), path(request), status, millis);
    } else if (status < 500) {
      LOG.warn("http.refused method={} path={} status={} ms={} problem={} errorRef={}", request.getMethodName(),
          path(request), status, millis, problem.map(Problem::type).orElse("-"), problem.map(Problem::errorRef).orElse("-"));
    }
    // 5xx: logged once at ERROR, with the stack, where it was handled.
    MDC.remove("requestId");
  }

  /** A caller may type an identity or phone number into a path; it never reaches a log line. */
  private static String path(HttpRequest<?> request) {
    return Redactor.redact(request.getPath());
  }

  void refused(HttpRequest<?> request, Problem problem) {
    request.setAttribute(PROBLEM, problem);
  }

  private static Optional<APIGatewayV2HTTPEvent> event(HttpRequest<?> request) {
    return request instanceof ServletHttpRequest<?, ?> servlet && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent e
        ? Optional.of(e) : Optional.empty();
  }

  /** The decoded size of the body: API Gateway may base64 it, which inflates the text by a third. */
  private static long bodySize(HttpRequest<?> request) {
    return event(request).map(e -> {
      if (e.getBody() == null) {
        return 0L;
      }
      long length = e.getBody().length();
      return e.getIsBase64Encoded() ? length / 4 * 3 : length;
    }).orElse(request.getContentLength());
  }
}
