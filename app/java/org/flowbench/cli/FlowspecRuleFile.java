package org.flowbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.DialectParseException;
import org.flowbench.flowspec.dialect.Dialects;

/**
 * Reads a Flowspec rule file in a named dialect, or the one its text shows. The commands that read
 * one name the dialect option differently (--from, --dialect) and prefix messages their own way,
 * so a failure comes back as {@link Unusable}: the exit code and the message without a prefix.
 */
final class FlowspecRuleFile {
    private FlowspecRuleFile() {}

    /** Why a rule file cannot be used. */
    static final class Unusable extends Exception {
        private final int exitCode;
        private final boolean located;

        Unusable(int exitCode, String message, boolean located) {
            super(message);
            this.exitCode = exitCode;
            this.located = located;
        }

        /** {@link Exit#UNREADABLE} for a file that cannot be read or parsed, {@link Exit#USAGE} for the dialect. */
        int exitCode() { return exitCode; }

        /** The message starts with FILE:LINE:COLUMN, as a compiler's does. */
        boolean located() { return located; }
    }

    /**
     * @param file          the file as the user typed it (messages repeat it so)
     * @param dialect       the dialect's name, or null to detect it
     * @param dialectOption the option that names the dialect, for the hint when detection fails
     */
    static RuleSet read(String file, String dialect, String dialectOption) throws Unusable {
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unusable(Exit.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), false);
        }
        Optional<Dialect> d = dialect == null ? Dialects.detect(text) : Dialects.named(dialect);
        if (d.isEmpty()) {
            throw new Unusable(Exit.USAGE, dialect == null
                    ? "cannot tell the dialect of " + file + "; name it with " + dialectOption + " " + String.join("|", Dialects.names())
                    : "unknown dialect '" + dialect + "'; known: " + String.join(", ", Dialects.names()), false);
        }
        try {
            return d.get().read(text);
        } catch (DialectParseException e) {
            throw new Unusable(Exit.UNREADABLE,
                    file + ":" + e.line() + ":" + e.column() + ": " + e.reason() + " (reading as " + d.get().name() + ")", true);
        }
    }
}
