package org.dyad.model;

/**
 * Where an event happened, as named in the text: {@code {name: "Singapore", country: "SGP", span}}.
 */
public record Place(String name, String country, Span span) {}
