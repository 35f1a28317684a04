package org.flowbench.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes rule files (JSON):
 * <pre>
 * {"name": "...", "description": "...", "rules": [{
 *    "name": "udp-flood", "description": "...", "scope": "dst_addr &lt;&lt; 203.0.113.0/24",
 *    "window": "10s" | {"length": "10s", "mode": "tumbling|sliding", "step": "1s"},
 *    "key": ["dst_addr"], "trigger": "udp_bps &gt; 30k OR syn_pps &gt; 20",
 *    "hold": "60s", "release": "20s"}]}
 * </pre>
 * Unknown fields are errors, so a typo never silently drops a setting.
 */
public final class RuleFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> SET_FIELDS = Set.of("name", "description", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("name", "description", "scope", "window", "key", "trigger",
            "hold", "release");
    private static final Set<String> WINDOW_FIELDS = Set.of("length", "mode", "step");

    private RuleFiles() {}

    public static RuleSet read(Path file) throws IOException, RuleFileException {
        return parse(Files.readString(file), file.toString());
    }

    /** Parses rule-file text; {@code source} names it in messages. */
    public static RuleSet parse(String text, String source) throws RuleFileException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new RuleFileException(source, "", loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new RuleFileException(source, "", 0, 0, "expected a JSON object", null);
        unknownFields(source, "", root, SET_FIELDS);
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw new RuleFileException(source, "rules", 0, 0, "expected a non-empty array of rules", null);
        }
        List<Rule> list = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) list.add(rule(source, "rules[" + i + "]", rules.get(i)));
        try {
            return new RuleSet(optText(source, "name", root.get("name")), optText(source, "description", root.get("description")), list);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(source, "rules", 0, 0, e.getMessage(), e);
        }
    }

    private static Rule rule(String source, String path, JsonNode n) throws RuleFileException {
        if (!n.isObject()) throw new RuleFileException(source, path, 0, 0, "expected an object", null);
        unknownFields(source, path + ".", n, RULE_FIELDS);
        String name = text(source, path + ".name", n.get("name"));
        Window window = window(source, path + ".window", n.get("window"));
        GroupKey key = GroupKey.DESTINATION;
        JsonNode k = n.get("key");
        if (k != null) {
            List<String> parts = new ArrayList<>();
            if (k.isTextual()) parts.add(k.asText());
            else if (k.isArray()) for (int i = 0; i < k.size(); i++) parts.add(text(source, path + ".key[" + i + "]", k.get(i)));
            else throw new RuleFileException(source, path + ".key", 0, 0, "expected a column or a list of columns", null);
            try {
                key = GroupKey.parse(parts);
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(source, path + ".key", 0, 0, e.getMessage(), e);
            }
        }
        String triggerText = text(source, path + ".trigger", n.get("trigger"));
        Condition trigger;
        try {
            trigger = Condition.parse(triggerText);
        } catch (ConditionSyntaxException e) {
            throw new RuleFileException(source, path + ".trigger", 0, 0, e.getMessage(), e);
        }
        String scope = optText(source, path + ".scope", n.get("scope"));
        try {
            org.flowbench.filter.Filters.compile(scope);
        } catch (org.flowbench.filter.FilterSyntaxException e) {
            throw new RuleFileException(source, path + ".scope", 0, 0, e.getMessage(), e);
        }
        Duration hold = duration(source, path + ".hold", n.get("hold"));
        Duration release = duration(source, path + ".release", n.get("release"));
        try {
            return new Rule(name, optText(source, path + ".description", n.get("description")),
                    scope, window, key, trigger, hold, release);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(source, path, 0, 0, e.getMessage(), e);
        }
    }

    private static Window window(String source, String path, JsonNode n) throws RuleFileException {
        try {
            if (n == null) throw new RuleFileException(source, path, 0, 0, "missing; e.g. \"10s\" or {\"length\": \"5s\", \"mode\": \"sliding\"}", null);
            if (n.isTextual() || n.isNumber()) return Window.tumbling(Durations.parse(n.asText()));
            if (!n.isObject()) throw new RuleFileException(source, path, 0, 0, "expected a duration or an object", null);
            unknownFields(source, path + ".", n, WINDOW_FIELDS);
            Duration length = Durations.parse(text(source, path + ".length", n.get("length")));
            String mode = n.has("mode") ? text(source, path + ".mode", n.get("mode")).toLowerCase(Locale.ROOT) : "tumbling";
            return switch (mode) {
                case "tumbling" -> Window.tumbling(length);
                case "sliding" -> Window.sliding(length, n.has("step")
                        ? Durations.parse(text(source, path + ".step", n.get("step"))) : Window.MIN);
                default -> throw new RuleFileException(source, path + ".mode", 0, 0,
                        "expected \"tumbling\" or \"sliding\", not \"" + mode + "\"", null);
            };
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(source, path, 0, 0, e.getMessage(), e);
        }
    }

    private static Duration duration(String source, String path, JsonNode n) throws RuleFileException {
        if (n == null || n.isNull()) return Duration.ZERO;
        if (!n.isTextual() && !n.isIntegralNumber()) throw new RuleFileException(source, path, 0, 0, "expected a duration such as \"60s\"", null);
        try {
            return Durations.parse(n.asText());
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(source, path, 0, 0, e.getMessage(), e);
        }
    }

    private static String text(String source, String path, JsonNode n) throws RuleFileException {
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw new RuleFileException(source, path, 0, 0, "expected text", null);
        return n.asText();
    }

    private static String optText(String source, String path, JsonNode n) throws RuleFileException {
        if (n == null || n.isNull()) return "";
        if (!n.isTextual()) throw new RuleFileException(source, path, 0, 0, "expected text", null);
        return n.asText();
    }

    private static void unknownFields(String source, String prefix, JsonNode n, Set<String> known) throws RuleFileException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new RuleFileException(source, prefix + f, 0, 0, "unknown field; expected one of " + known.stream().sorted().toList(), null);
            }
        }
    }

    /** The rule set as rule-file text, which {@link #parse} reads back to an equal set. */
    public static String write(RuleSet set) {
        ObjectNode root = JSON.createObjectNode();
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
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set could not be written as JSON", e);
        }
    }
}
