package org.flowbench.detect;

import java.util.List;

/** A sweep's points in axis order (the second axis varying fastest in a grid). */
public record SweepResult(List<SweepAxis> axes, List<SweepPoint> points) {
    public SweepResult {
        axes = List.copyOf(axes);
        points = List.copyOf(points);
    }
}
