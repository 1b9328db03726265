package io.careers.gateway.cache;

import java.util.function.ToLongFunction;

/**
 * How much a {@link SectionCache} may hold: entries, and the estimated bytes of their values.
 *
 * @param maxEntries entries at most
 * @param maxBytes   estimated bytes of the values at most
 * @param weigher    a value's estimated bytes
 * @param <V>        value
 */
public record CacheBounds<V>(int maxEntries, long maxBytes, ToLongFunction<V> weigher) {
}
