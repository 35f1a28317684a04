package org.flowbench.filter;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbench.schema.FlowField;

/**
 * Which {@code flows} columns a fragment reads. Fragments name columns only by their registry
 * names (values travel as parameters), so a whole-word scan of the SQL text finds every column
 * read; a word that merely looks like a column only makes a reader fall back to the raw rows.
 */
public final class FragmentColumns {
    private FragmentColumns() {}

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public static Set<FlowField> referenced(SqlFragment fragment) {
        Set<FlowField> out = EnumSet.noneOf(FlowField.class);
        Matcher m = WORD.matcher(fragment.sql());
        while (m.find()) {
            String w = m.group();
            for (FlowField f : FlowField.values()) if (f.column().equalsIgnoreCase(w)) out.add(f);
        }
        return out;
    }

    /** Whether every column the fragment reads is one of {@code columns} (names as in the registry). */
    public static boolean readsOnly(SqlFragment fragment, Collection<String> columns) {
        for (FlowField f : referenced(fragment)) if (!columns.contains(f.column())) return false;
        return true;
    }
}
