package org.laborbridge.platform.http;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Forbidden;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which roles may call a route; ownership rules that need the record are the domain's. */
public final class Roles {
  private Roles() {}

  public static void require(Actor actor, Actor.Role... allowed) {
    if (Arrays.stream(allowed).noneMatch(actor::has)) {
      throw new Forbidden("this needs the role " + Arrays.stream(allowed).map(r -> r.name().toLowerCase())
          .collect(Collectors.joining(" or ")));
    }
  }
}
