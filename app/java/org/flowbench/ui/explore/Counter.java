package org.flowbench.ui.explore;

/** One labelled value of the import report, already formatted for display. */
public record Counter(String name, String value) {
}
