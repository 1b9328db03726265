package io.careers.schools.listing;

/** Published inside a transaction that changed listings; observed once it commits. */
record ListingsChanged(int count) {
}
