package org.laborbridge.platform.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Everything the functions log while a test runs, down to DEBUG, for the privacy tests: each line with its MDC and
 * the messages of any exception chain, where personal data could slip in.
 */
public final class CapturedLogs implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private CapturedLogs() {}

  public static CapturedLogs start() {
    CapturedLogs logs = new CapturedLogs();
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    logging.getLogger("org.laborbridge").setLevel(Level.DEBUG);
    logs.appender.start();
    logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs.appender);
    return logs;
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  /** Fails naming the line when any captured line holds any of {@code values}. */
  public void assertNoneContains(List<String> values) {
    for (ILoggingEvent event : events()) {
      String line = event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " " + throwable(event.getThrowableProxy());
      values.forEach(value -> assertFalse(line.contains(value), () -> "personal data in a log line: " + line));
    }
  }

  @Override
  public void close() {
    ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
  }

  private static String throwable(IThrowableProxy proxy) {
    return proxy == null ? "" : proxy.getClassName() + ": " + proxy.getMessage() + " " + throwable(proxy.getCause());
  }
}
