package org.flowbench.cli;

/** Output shapes every command offers: aligned text for people, CSV and JSON for scripts. */
enum OutputFormat { TABLE, CSV, JSON }
