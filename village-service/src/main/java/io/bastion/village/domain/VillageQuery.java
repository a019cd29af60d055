package io.bastion.village.domain;

/**
 * Which villages a list asks for. {@code scopePrefix} is the caller's division, which a query can
 * never widen; {@code after} is the last code of the previous page.
 */
public record VillageQuery(String scopePrefix, String township, String text, String after, int limit) {
}
