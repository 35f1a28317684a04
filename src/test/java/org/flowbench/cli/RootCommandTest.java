package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code flowbench FILE} opens the workbench on a capture; anything else unknown is a usage error. */
class RootCommandTest extends WorkspaceCliTest {
    @Test
    void aWordThatIsNeitherACommandNorAFileIsAUsageError() {
        int exit = run("improt");

        assertThat(exit).isEqualTo(Exit.USAGE);
        assertThat(err.toString()).contains("'improt' is neither a command nor a file");
    }

    @Test
    void subcommandsStillWinOverTheFileArgument() {
        int exit = run("datasets", "--help");

        assertThat(exit).isEqualTo(Exit.OK);
        assertThat(out.toString()).contains("Lists the datasets in the workspace");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpShowsTheFileArgument() {
        run("--help");

        assertThat(out.toString()).contains("[FILE]").contains("A capture to import and show in the workbench");
    }
}
