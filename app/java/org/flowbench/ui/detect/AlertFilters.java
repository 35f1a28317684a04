package org.flowbench.ui.detect;

import org.flowbench.detect.Alert;
import org.flowbench.detect.DominantVector;

/** Filter-language text for an alert's traffic, to open Explore on it; its victim, to mitigate it. */
final class AlertFilters {
    private AlertFilters() {}

    /**
     * The key's terms ({@code dst_addr = 203.0.113.10}), narrowed to the dominant protocol when
     * the key does not already name one: what the user wants to look at first.
     */
    static String of(Alert alert) {
        String key = alert.key().filterText();
        DominantVector v = alert.vector();
        if (v == null || key.contains("proto")) return key;
        String proto = "proto = " + v.proto();
        return key.isBlank() ? proto : key + " AND " + proto;
    }

    /** The destination the alert's key names, as Mitigate reads a victim: 203.0.113.10 or 192.0.2.0/24. */
    static java.util.Optional<String> victim(Alert alert) {
        return alert.key().key().destinationIndex()
                .filter(i -> alert.key().values().get(i) != null)
                .map(i -> alert.key().displayParts().get(i));
    }
}
