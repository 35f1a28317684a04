package org.flowbench.filter;

/** A value as written in a filter ({@code 198.51.100.20}, {@code UDP}, {@code AS64500}, {@code "FR"}) and its packets. */
public record ValueCount(String text, long packets) {}
