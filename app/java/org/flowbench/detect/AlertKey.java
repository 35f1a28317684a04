package org.flowbench.detect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The key an alert is about: the rule's key parts and their values (addresses as BigInteger, as DuckDB returns them). */
public record AlertKey(GroupKey key, List<Object> values) {
    public AlertKey {
        Objects.requireNonNull(key, "key");
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        if (values.size() != key.size()) throw new IllegalArgumentException("key has " + key.size() + " parts, got " + values.size());
    }

    /** Each part as a person reads it: {@code 203.0.113.10}, {@code 192.0.2.0/24}, {@code UDP}, {@code 123}. */
    public List<String> displayParts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) out.add(key.parts().get(i).display(values.get(i)));
        return out;
    }

    public String display() {
        return String.join(" ", displayParts());
    }

    /** The destination addresses the key covers, when it has a destination part. */
    public Optional<AddressRange> destination() {
        return key.destinationIndex().flatMap(i -> {
            if (!(values.get(i) instanceof BigInteger b)) return Optional.empty();
            KeyPart p = key.parts().get(i);
            if (!p.isPrefix()) return Optional.of(AddressRange.single(b));
            return Optional.of(AddressRange.prefixOf(b, AddressRange.isV4Mapped(b) ? 96 + p.v4Prefix() : p.v6Prefix()));
        });
    }

    /**
     * Filter-language text selecting this key's traffic ({@code dst_addr = 203.0.113.10 AND proto = 17}),
     * for opening Explore on an alert; combine it with the rule's scope.
     */
    public String filterText() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            KeyPart p = key.parts().get(i);
            Object v = values.get(i);
            String c = p.field().column();
            if (v == null) continue; // the filter language has no NULL test; the rest still narrows
            if (p.isPrefix()) terms.add(c + " << " + p.display(v));
            else if (v instanceof String s) terms.add(c + " = '" + s.replace("'", "''") + "'");
            else terms.add(c + " = " + p.display(v));
        }
        return String.join(" AND ", terms);
    }

    @Override
    public String toString() { return display(); }
}
