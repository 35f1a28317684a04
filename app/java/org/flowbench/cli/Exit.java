package org.flowbench.cli;

/** Exit codes, as listed in the root command's help. */
final class Exit {
    private Exit() {}

    static final int OK = 0;
    static final int PARTIAL = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    static final int INTERNAL = 4;
    static final int WORKSPACE_BUSY = 5;
}
