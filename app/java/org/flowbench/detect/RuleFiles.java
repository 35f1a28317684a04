package org.flowbench.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes rule files, JSON or YAML by the file's extension ({@link RuleFileFormat}):
 * <pre>
 * {"name": "...", "description": "...", "rules": [{
 *    "name": "udp-flood", "description": "...", "scope": "dst_addr &lt;&lt; 203.0.113.0/24",
 *    "window": "10s" | {"length": "10s", "mode": "tumbling|sliding", "step": "1s"},
 *    "key": ["dst_addr"], "trigger": "udp_bps &gt; 30k OR syn_pps &gt; 20",
 *    "hold": "60s", "release": "20s"}]}
 * </pre>
 * or the same fields in YAML. Unknown fields are errors, so a typo never silently drops a
 * setting; every error names the value's path and its line and column.
 */
public final class RuleFiles {
    private RuleFiles() {}

    public static RuleSet read(Path file) throws IOException, RuleFileException {
        return parse(Files.readString(file), file.toString(), RuleFileFormat.of(file));
    }

    /** Writes the set in the format of the file's extension. */
    public static void write(Path file, RuleSet set) throws IOException {
        Files.writeString(file, write(set, RuleFileFormat.of(file)));
    }

    /** Parses rule-file text; {@code source} names it in messages, and its extension picks the format. */
    public static RuleSet parse(String text, String source) throws RuleFileException {
        return parse(text, source, RuleFileFormat.of(source));
    }

    public static RuleSet parse(String text, String source, RuleFileFormat format) throws RuleFileException {
        return new RuleFileReader(text, source, format).read();
    }

    /** The rule set as JSON rule-file text, which {@link #parse} reads back to an equal set. */
    public static String write(RuleSet set) {
        return write(set, RuleFileFormat.JSON);
    }

    public static String write(RuleSet set, RuleFileFormat format) {
        ObjectNode root = format.mapper().createObjectNode();
        root.put("name", set.name());
        if (!set.description().isEmpty()) root.put("description", set.description());
        ArrayNode rules = root.putArray("rules");
        for (Rule r : set.rules()) {
            ObjectNode o = rules.addObject();
            o.put("name", r.name());
            if (!r.description().isEmpty()) o.put("description", r.description());
            o.put("scope", r.scope());
            if (r.window().mode() == Window.Mode.TUMBLING) {
                o.put("window", Durations.format(r.window().length()));
            } else {
                ObjectNode w = o.putObject("window");
                w.put("length", Durations.format(r.window().length()));
                w.put("mode", "sliding");
                w.put("step", Durations.format(r.window().step()));
            }
            ArrayNode key = o.putArray("key");
            for (KeyPart p : r.key().parts()) key.add(p.toString());
            o.put("trigger", r.trigger().toString());
            o.put("hold", Durations.format(r.hold()));
            o.put("release", Durations.format(r.release()));
        }
        try {
            String out = format.mapper().writeValueAsString(root);
            return out.endsWith("\n") ? out : out + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set could not be written as " + format.title(), e);
        }
    }
}
