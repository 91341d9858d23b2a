package org.laborbridge.localaws.emulator;

import org.laborbridge.localaws.RepositoryRoot;

/** A JVM that starts dynalite, tells its pid, then exits or waits to be killed (see DynaliteLifecycleTest). */
public final class DynaliteHolder {
  private DynaliteHolder() {}

  public static void main(String[] args) throws InterruptedException {
    Dynalite dynalite = Dynalite.start(RepositoryRoot.localAwsModule(), null);
    System.out.println("dynalite pid " + dynalite.pid());
    System.out.flush();
    if ("wait".equals(args[0])) {
      Thread.sleep(120_000);
    }
    // "exit": leave without close(); the shutdown hook must stop it.
  }
}
