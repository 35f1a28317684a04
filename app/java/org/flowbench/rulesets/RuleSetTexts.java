package org.flowbench.rulesets;

import java.util.Locale;
import java.util.Optional;
import org.flowbench.detect.RuleFileException;
import org.flowbench.detect.RuleFileFormat;
import org.flowbench.detect.RuleFiles;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.DialectParseException;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.FlowbenchJson;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;

/**
 * Turns rule text into what the workspace stores, after parsing it with its kind's own reader,
 * and back. Detection text is kept as given (JSON or YAML); Flowspec text in another dialect is
 * converted to Flowbench's JSON rule file, the one format every dialect is produced from.
 */
public final class RuleSetTexts {
    private RuleSetTexts() {}

    /**
     * A set ready to store, or INVALID with the parser's message. {@code source} names the text in
     * messages; for detection its extension picks JSON or YAML.
     */
    public static StoredRuleSet prepare(RuleSetKind kind, String name, String text, String source, String note)
            throws RuleSetException {
        if (name == null || name.isBlank()) throw new RuleSetException(RuleSetException.Reason.INVALID, "a rule set needs a name", null);
        return switch (kind) {
            case DETECTION -> {
                RuleFileFormat format = RuleFileFormat.of(source);
                org.flowbench.detect.RuleSet set = detection(text, source, format);
                yield StoredRuleSet.unsaved(name, kind, format.title().toLowerCase(Locale.ROOT), text, set.rules().size(), note);
            }
            case FLOWSPEC -> {
                Dialect dialect = Dialects.detect(text).orElseThrow(() -> new RuleSetException(RuleSetException.Reason.INVALID,
                        source + ": not a Flowspec rule file in any known dialect (" + String.join(", ", Dialects.names()) + ")", null));
                RuleSet set = flowspec(text, source, dialect);
                String json;
                try {
                    json = dialect instanceof FlowbenchJson ? text : new FlowbenchJson().write(set);
                } catch (UnsupportedRuleException e) {
                    throw new RuleSetException(RuleSetException.Reason.INVALID, source + ": " + e.getMessage(), e);
                }
                yield StoredRuleSet.unsaved(name, kind, "json", json, set.size(), note);
            }
        };
    }

    /** Detection rule files are JSON or YAML; anything a Flowspec dialect recognises is Flowspec. */
    public static RuleSetKind guessKind(String text, String source) {
        if (RuleFileFormat.of(source) == RuleFileFormat.YAML) return RuleSetKind.DETECTION;
        Optional<Dialect> d = Dialects.detect(text);
        return d.isPresent() && !d.get().name().equals("fastnetmon") ? RuleSetKind.FLOWSPEC : RuleSetKind.DETECTION;
    }

    public static org.flowbench.detect.RuleSet detection(StoredRuleSet s) throws RuleSetException {
        requireKind(s, RuleSetKind.DETECTION);
        RuleFileFormat format = "yaml".equals(s.format()) ? RuleFileFormat.YAML : RuleFileFormat.JSON;
        return detection(s.text(), "rule set " + s.name(), format);
    }

    public static RuleSet flowspec(StoredRuleSet s) throws RuleSetException {
        requireKind(s, RuleSetKind.FLOWSPEC);
        return flowspec(s.text(), "rule set " + s.name(), new FlowbenchJson());
    }

    /** The file extension that keeps the stored text readable by the file readers: ".json" or ".yaml". */
    public static String extension(StoredRuleSet s) {
        return "." + s.format();
    }

    private static org.flowbench.detect.RuleSet detection(String text, String source, RuleFileFormat format) throws RuleSetException {
        try {
            return RuleFiles.parse(text, source, format);
        } catch (RuleFileException e) {
            throw new RuleSetException(RuleSetException.Reason.INVALID, e.getMessage(), e);
        }
    }

    private static RuleSet flowspec(String text, String source, Dialect dialect) throws RuleSetException {
        try {
            RuleSet set = dialect.read(text);
            if (set.isEmpty()) throw new RuleSetException(RuleSetException.Reason.INVALID, source + ": no rules", null);
            return set;
        } catch (DialectParseException e) {
            throw new RuleSetException(RuleSetException.Reason.INVALID,
                    source + ":" + e.line() + ":" + e.column() + ": " + e.reason() + " (reading as " + dialect.name() + ")", e);
        }
    }

    private static void requireKind(StoredRuleSet s, RuleSetKind kind) throws RuleSetException {
        if (s.kind() != kind) {
            throw new RuleSetException(RuleSetException.Reason.INVALID, "rule set '" + s.name() + "' holds "
                    + s.kind().sqlName() + " rules, not " + kind.sqlName() + " rules", null);
        }
    }
}
