package org.flowbench.ui.common;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis tick labels in decimal SI (1.5 G rather than 1,500,000,000); formatting only. */
public final class SiNumberFormat extends NumberFormat {
    private final String unit;

    public SiNumberFormat(String unit) {
        this.unit = unit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
        return target.append(unit.isEmpty() ? Formats.si(number) : Formats.quantity(number, unit));
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
        return format((double) number, target, position);
    }

    /** Axis labels are never parsed back. */
    @Override
    public Number parse(String source, ParsePosition position) {
        return null;
    }
}
