package org.flowbench.report;

import java.nio.file.Path;

/**
 * Where a report's rules come from: a rule file, or a rule set saved in the workspace being
 * reported on (docs/decisions/0250). Exactly one of the two is set.
 *
 * @param file      a rule file, or null
 * @param savedName the name of a saved rule set, or null
 */
public record RuleSource(Path file, String savedName) {
    public RuleSource {
        if ((file == null) == (savedName == null || savedName.isBlank())) {
            throw new IllegalArgumentException("rules come from a file or from a saved rule set, exactly one");
        }
        savedName = savedName == null ? null : savedName.strip();
    }

    /** Null for a null file, so optional file choices pass straight through. */
    public static RuleSource file(Path file) {
        return file == null ? null : new RuleSource(file, null);
    }

    public static RuleSource saved(String name) {
        return new RuleSource(null, name);
    }

    public boolean isSaved() { return savedName != null; }

    /** What the report prints as the rules' origin: the file name, or the saved set's name. */
    public String label() {
        return isSaved() ? "workspace rule set " + savedName : String.valueOf(file.getFileName());
    }

    @Override
    public String toString() {
        return isSaved() ? "workspace:" + savedName : file.toString();
    }
}
