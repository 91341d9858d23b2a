package org.laborbridge.platform.http;

import org.laborbridge.shared.paging.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list as the API returns it; {@code nextCursor} is absent on the last page. */
public record PageView<T>(List<T> items, String nextCursor) {
  public static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
    return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
  }
}
