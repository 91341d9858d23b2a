package org.laborbridge.runner.lambda;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;

/**
 * The main class of a function's JVM: AWS's runtime interface client, plus one thing Lambda does not need: the
 * process ends when its stdin closes, i.e. when the runner that started it is gone, even after kill -9.
 */
public final class ChildBootstrap {
  private ChildBootstrap() {}

  public static void main(String[] args) throws Throwable {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // Nothing is ever sent; we only wait for the end of the stream.
        }
      } catch (java.io.IOException ignored) {
        // A broken pipe means the same as end of input.
      }
      if (Boolean.getBoolean(ClassDataArchive.TRAINING_PROPERTY)) {
        // A normal exit, so that the JVM writes the class-data archive it was asked for.
        System.exit(0);
      }
      Runtime.getRuntime().halt(0);
    }, "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
    AWSLambda.main(args);
  }
}
