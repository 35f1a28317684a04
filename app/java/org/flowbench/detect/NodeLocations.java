package org.flowbench.detect;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed rule file starts (1-based line and column), by the path the
 * reader names it with ({@code rules[1].trigger}, {@code rules[0].window.mode}), so that a
 * wrong value is reported at its place in JSON and YAML alike. Built only when there is an error.
 */
final class NodeLocations {
    /** Nesting deeper than this is not a rule file; its inner places are not needed. */
    private static final int MAX_DEPTH = 64;

    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, int[]> names = new HashMap<>();

    static NodeLocations of(ObjectMapper mapper, String text) {
        NodeLocations out = new NodeLocations();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            if (p.nextToken() != null) out.value(p, "", 0);
        } catch (IOException e) {
            // the text parsed as a tree before; a failure here only costs positions
        }
        return out;
    }

    private void value(JsonParser p, String path, int depth) throws IOException {
        values.putIfAbsent(path, place(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            p.skipChildren();
        } else if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = path.isEmpty() ? p.currentName() : path + "." + p.currentName();
                names.putIfAbsent(child, place(p.currentTokenLocation()));
                if (p.nextToken() == null) return;
                value(p, child, depth + 1);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) value(p, path + "[" + i++ + "]", depth + 1);
        }
    }

    private static int[] place(JsonLocation l) {
        return new int[] {l.getLineNr(), l.getColumnNr()};
    }

    /**
     * Line and column of the value at {@code path}; for a field that is not allowed there, its
     * name; for a missing one, the object that lacks it. {0, 0} when nothing is known.
     */
    int[] of(String path) {
        for (String p = path; ; p = parent(p)) {
            int[] at = values.get(p);
            if (at == null) at = names.get(p);
            if (at != null && at[0] > 0) return at;
            if (p.isEmpty()) return new int[] {0, 0};
        }
    }

    /** Where the field's name is written, for an unknown field. */
    int[] nameOf(String path) {
        int[] at = names.get(path);
        return at != null && at[0] > 0 ? at : of(path);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
