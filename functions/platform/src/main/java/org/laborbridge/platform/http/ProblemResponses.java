package org.laborbridge.platform.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.laborbridge.shared.problem.DomainException;
import org.laborbridge.shared.problem.Problem;
import org.laborbridge.shared.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where failures become RFC 9457 problem+json: the domain's refusals (4xx, logged once at WARN
 * without a stack trace), unreadable bodies (400), and our own faults (500, logged once at ERROR with the
 * error reference the caller sees).
 */
final class ProblemResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  private ProblemResponses() {}

  static MutableHttpResponse<Map<String, Object>> of(Problem problem, HttpRequest<?> request) {
    return HttpResponse.<Map<String, Object>>status(HttpStatus.valueOf(problem.status()))
        .body(body(problem, request.getPath()))
        .contentType(Problems.MEDIA_TYPE);
  }

  /** Only what is set: RFC 9457 members, the field errors, and the details a partner can act on. */
  static Map<String, Object> body(Problem problem, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    if (problem.detail() != null) {
      body.put("detail", problem.detail());
    }
    body.put("instance", instance);
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    if (!problem.details().isEmpty()) {
      body.putAll(problem.details());
    }
    body.put("errorRef", problem.errorRef());
    return body;
  }

  @Singleton
  static final class DomainHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    private final RequestLog requestLog;

    DomainHandler(RequestLog requestLog) {
      this.requestLog = requestLog;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
      Problem problem = Problems.of(exception);
      requestLog.refused(request, problem);
      return of(problem, request);
    }
  }

  /** Replaces the servlet layer's handler, whose message would quote Jackson (and so the input). */
  @Singleton
  @Replaces(named = "io.micronaut.servlet.http.CodecErrorHandler")
  static final class UnreadableBodyHandler implements ExceptionHandler<CodecException, HttpResponse<?>> {
    private final JsonErrors jsonErrors;
    private final RequestLog requestLog;

    UnreadableBodyHandler(JsonErrors jsonErrors, RequestLog requestLog) {
      this.jsonErrors = jsonErrors;
      this.requestLog = requestLog;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CodecException exception) {
      Problem problem = Problems.of(jsonErrors.toInvalidValue(exception, ""));
      requestLog.refused(request, problem);
      return of(problem, request);
    }
  }

  @Singleton
  static final class UnexpectedHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
      Problem problem = Problems.unexpected();
      LOG.error("http.failed method={} path={} errorRef={}", request.getMethodName(),
          org.laborbridge.shared.privacy.Redactor.redact(request.getPath()),
          problem.errorRef(), exception);
      return of(problem, request);
    }
  }
}
