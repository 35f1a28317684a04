package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact line and exit code when a rule file or a saved rule set cannot be used, for every
 * command that reads one: flowspec validate/export (FILE, --from), flowspec simulate (RULES,
 * --dialect), detect (--rules) and the rules subcommands (NAME).
 */
class RuleFileArgumentCliTest extends WorkspaceCliTest {
    static final String EOL = System.lineSeparator();
    Path missing;
    Path unknownDialect;
    Path broken;

    @BeforeEach
    void files() throws Exception {
        // an empty workspace: saved rule sets are looked up in it
        Workspace.open(dir.resolve("ws.duckdb")).close();
        missing = dir.resolve("missing.bird");
        unknownDialect = Files.writeString(dir.resolve("rules.txt"), "drop everything\n");
        broken = Files.writeString(dir.resolve("broken.conf"),
                "flow {\n route r { match { destination 10.0.0.0/8; colour red; } then { discard; } }\n}\n");
    }

    private void assertFails(int exit, String text, String... args) {
        assertThat(run(args)).as(err.toString()).isEqualTo(exit);
        assertThat(err.toString()).isEqualTo(text);
    }

    @Test
    void validateAndExportPrefixTheirMessagesWithFlowbenchButNotTheLocatedParseError() {
        for (String[] command : new String[][] {{"flowspec", "validate"}, {"flowspec", "export", "--dialect", "bird"}}) {
            assertFails(3, "flowbench: cannot read " + missing + ": " + missing + EOL, args(command, missing.toString()));
            assertFails(2, "flowbench: cannot tell the dialect of " + unknownDialect + "; name it with --from "
                    + String.join("|", Dialects.names()) + EOL, args(command, unknownDialect.toString()));
            assertFails(2, "flowbench: unknown dialect 'cisco-ios'; known: " + String.join(", ", Dialects.names()) + EOL,
                    args(command, unknownDialect.toString(), "--from", "cisco-ios"));
            assertFails(3, broken + ":2:44: unknown match condition 'colour' (reading as exabgp)" + EOL,
                    args(command, broken.toString()));
        }
        assertFails(2, "flowbench: unknown dialect 'cisco-ios'; known: " + String.join(", ", Dialects.names()) + EOL,
                "flowspec", "validate", unknownDialect.toString(), "--dialect", "cisco-ios");
    }

    @Test
    void simulatePrefixesEveryMessageWithItsNameAndNamesItsOwnDialectOption() {
        String prefix = "flowbench flowspec simulate: ";
        assertFails(3, prefix + "cannot read " + missing + ": " + missing + EOL,
                "flowspec", "simulate", missing.toString(), "--dataset", "1");
        assertFails(2, prefix + "cannot tell the dialect of " + unknownDialect + "; name it with --dialect "
                + String.join("|", Dialects.names()) + EOL, "flowspec", "simulate", unknownDialect.toString(), "--dataset", "1");
        assertFails(2, prefix + "unknown dialect 'cisco-ios'; known: " + String.join(", ", Dialects.names()) + EOL,
                "flowspec", "simulate", unknownDialect.toString(), "--dataset", "1", "--dialect", "cisco-ios");
        assertFails(3, prefix + broken + ":2:44: unknown match condition 'colour' (reading as exabgp)" + EOL,
                "flowspec", "simulate", broken.toString(), "--dataset", "1");
        assertFails(3, prefix + "no flowspec rule set named 'edge' in the workspace" + EOL,
                "flowspec", "simulate", "workspace:edge", "--dataset", "1");
    }

    @Test
    void detectSaysWhyItsRulesCannotBeRead() {
        Path json = dir.resolve("missing.json");
        assertFails(3, "flowbench detect: " + json + EOL, "detect", "1", "--rules", json.toString());
        assertFails(3, "flowbench detect: no detection rule set named 'edge' in the workspace" + EOL,
                "detect", "1", "--rules", "workspace:edge");
    }

    @Test
    void rulesSubcommandsNameTheMissingSet() {
        String none = "no rule set named 'edge' in the workspace" + EOL;
        assertFails(3, "flowbench rules show: " + none, "rules", "show", "edge");
        assertFails(3, "flowbench rules delete: " + none, "rules", "delete", "edge");
        assertFails(3, "flowbench rules rename: " + none, "rules", "rename", "edge", "core");
        assertFails(3, "flowbench rules export: " + none, "rules", "export", "edge", dir.resolve("edge.json").toString());
        assertFails(2, "flowbench rules show: --kind takes detection or flowspec, not 'routing'" + EOL,
                "rules", "show", "edge", "--kind", "routing");
    }

    private static String[] args(String[] command, String... more) {
        String[] all = new String[command.length + more.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }
}
