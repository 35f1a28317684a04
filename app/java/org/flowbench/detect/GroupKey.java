package org.flowbench.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbench.schema.FlowField;

/** What a rule groups traffic by: one or more {@link KeyPart}s; the destination address by default. */
public record GroupKey(List<KeyPart> parts) {
    public static final GroupKey DESTINATION = new GroupKey(List.of(KeyPart.column(FlowField.DST_ADDR)));

    public GroupKey {
        if (parts == null || parts.isEmpty()) throw new IllegalArgumentException("a key needs at least one column");
        parts = List.copyOf(parts);
        if (parts.stream().map(KeyPart::field).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("a key names each column once: " + parts);
        }
    }

    public static GroupKey parse(List<String> texts) {
        List<KeyPart> parts = new ArrayList<>();
        for (String t : texts) parts.add(KeyPart.parse(t));
        return new GroupKey(parts);
    }

    public int size() { return parts.size(); }

    /** The part on the destination address, if the key has one: alerts are matched to victims by it. */
    public Optional<Integer> destinationIndex() {
        for (int i = 0; i < parts.size(); i++) if (parts.get(i).field() == FlowField.DST_ADDR) return Optional.of(i);
        return Optional.empty();
    }

    /** Key column names in window rows: k0, k1, ... */
    static String column(int i) { return "k" + i; }

    String columns() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) sb.append(i == 0 ? "" : ", ").append(column(i));
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.join(", ", parts.stream().map(KeyPart::toString).toList());
    }
}
