package org.laborbridge.templatecheck;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the input and output types a class declares for Lambda's RequestHandler, through any superclasses. */
final class LambdaTypes {

  static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
  static final String STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";

  private LambdaTypes() {}

  /** The [input, output] type names of RequestHandler, or empty when the class is no RequestHandler. */
  static Optional<List<String>> requestHandlerTypes(Class<?> type) {
    return find(type, new HashMap<>());
  }

  static boolean isStreamHandler(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().equals(STREAM_HANDLER)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<List<String>> find(Type type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw;
    if (type instanceof ParameterizedType parameterized) {
      raw = (Class<?>) parameterized.getRawType();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      Map<TypeVariable<?>, Type> scoped = new HashMap<>(bindings);
      for (int i = 0; i < variables.length; i++) {
        scoped.put(variables[i], bindings.getOrDefault(arguments[i], arguments[i]));
      }
      bindings = scoped;
      if (raw.getName().equals(REQUEST_HANDLER)) {
        return Optional.of(List.of(name(bindings.get(variables[0])), name(bindings.get(variables[1]))));
      }
    } else if (type instanceof Class<?> c) {
      raw = c;
      if (raw.getName().equals(REQUEST_HANDLER)) {
        return Optional.of(List.of(Object.class.getName(), Object.class.getName()));
      }
    } else {
      return Optional.empty();
    }
    for (Type parent : raw.getGenericInterfaces()) {
      Optional<List<String>> found = find(parent, bindings);
      if (found.isPresent()) {
        return found;
      }
    }
    Type superclass = raw.getGenericSuperclass();
    return superclass == null ? Optional.empty() : find(superclass, bindings);
  }

  private static String name(Type type) {
    if (type instanceof Class<?> c) {
      return c.getName();
    }
    if (type instanceof ParameterizedType p) {
      return ((Class<?>) p.getRawType()).getName();
    }
    return Object.class.getName();
  }
}
