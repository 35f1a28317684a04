package org.flowbench.ui.explore;

import javafx.scene.layout.Region;

/** Keeps a toolbar control at its preferred width, so a crowded bar squeezes the flexible ones instead. */
final class FixedWidth {
    private FixedWidth() { }

    static <T extends Region> T of(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }
}
