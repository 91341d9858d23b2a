package org.laborbridge.platform.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.inject.Singleton;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Unauthenticated;
import org.laborbridge.shared.region.Region;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives controllers the {@link Actor} behind a request, from the claims the HTTP API's JWT authorizer verified
 * ({@code requestContext.authorizer.jwt.claims}: sub, roles, region). The function trusts the authorizer and
 * never sees the token itself.
 */
@Singleton
class ActorBinder implements TypedRequestArgumentBinder<Actor> {

  private static final Argument<Actor> TYPE = Argument.of(Actor.class);

  @Override
  public Argument<Actor> argumentType() {
    return TYPE;
  }

  @Override
  public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
    if (!(source instanceof ServletHttpRequest<?, ?> servlet) || !(servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event)) {
      return BindingResult.UNSATISFIED;
    }
    Actor actor = fromClaims(claims(event));
    return () -> Optional.of(actor);
  }

  static Actor fromClaims(Map<String, String> claims) {
    String subject = claims.get("sub");
    if (subject == null || subject.isBlank()) {
      throw new Unauthenticated("a signed-in user is needed (no verified token)");
    }
    return new Actor(subject, roles(claims.getOrDefault("roles", "")), Region.find(claims.getOrDefault("region", "")));
  }

  /** API Gateway flattens an array claim into text such as {@code [staff employer]}; a plain list works too. */
  static Set<Actor.Role> roles(String claim) {
    Set<Actor.Role> roles = EnumSet.noneOf(Actor.Role.class);
    Arrays.stream(claim.replaceAll("[\\[\\]\"]", " ").split("[\\s,]+"))
        .filter(r -> !r.isBlank())
        .forEach(r -> {
          try {
            roles.add(Actor.Role.valueOf(r.toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException unknownRole) {
            // Roles of other applications sharing the identity provider mean nothing here.
          }
        });
    return roles;
  }

  private static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
    if (event.getRequestContext() == null || event.getRequestContext().getAuthorizer() == null
        || event.getRequestContext().getAuthorizer().getJwt() == null
        || event.getRequestContext().getAuthorizer().getJwt().getClaims() == null) {
      return Map.of();
    }
    return event.getRequestContext().getAuthorizer().getJwt().getClaims();
  }
}
