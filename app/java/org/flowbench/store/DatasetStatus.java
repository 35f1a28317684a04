package org.flowbench.store;

/**
 * Life of a dataset. IMPORTING is written first and COMPLETE only after the last batch
 * commits, so a crash or kill mid-import can never leave a dataset that looks complete.
 */
public enum DatasetStatus { IMPORTING, COMPLETE, PARTIAL, FAILED }
