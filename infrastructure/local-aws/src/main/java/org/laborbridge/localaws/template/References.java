package org.laborbridge.localaws.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The logical ids a piece of template refers to through Ref, Fn::GetAtt, Fn::Sub and DependsOn. */
public final class References {
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}.]*)");

  private References() {}

  public static Set<String> in(Object value) {
    Set<String> found = new LinkedHashSet<>();
    collect(value, found);
    return found;
  }

  private static void collect(Object value, Set<String> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        switch (String.valueOf(key)) {
          case "Ref" -> found.add(String.valueOf(item));
          case "Fn::GetAtt" -> found.add(String.valueOf(((List<?>) item).get(0)));
          case "Fn::Sub" -> {
            Object pattern = item instanceof List<?> list ? list.get(0) : item;
            Matcher matcher = SUB_VARIABLE.matcher(String.valueOf(pattern));
            while (matcher.find()) {
              found.add(matcher.group(1));
            }
            if (item instanceof List<?> list && list.size() > 1) {
              collect(list.get(1), found);
            }
          }
          case "DependsOn" -> {
            if (item instanceof List<?> list) {
              list.forEach(d -> found.add(String.valueOf(d)));
            } else {
              found.add(String.valueOf(item));
            }
          }
          default -> collect(item, found);
        }
      });
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, found));
    }
  }
}
