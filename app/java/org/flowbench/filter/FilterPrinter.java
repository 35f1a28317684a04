package org.flowbench.filter;

import java.util.List;
import java.util.stream.Collectors;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.FlowField.FilterType;

/** Writes a filter tree back as filter text that compiles to the same tree. */
public final class FilterPrinter {
    private FilterPrinter() {}

    public static String print(FilterExpr e) {
        if (e instanceof FilterExpr.And a) return join(a.parts(), " AND ");
        if (e instanceof FilterExpr.Or o) return join(o.parts(), " OR ");
        if (e instanceof FilterExpr.Not n) return "NOT " + operand(n.inner());
        FilterExpr.Condition c = (FilterExpr.Condition) e;
        String values = c.values().stream().map(v -> value(c.field(), v)).collect(Collectors.joining(", "));
        return c.field().column() + " " + c.op().symbol() + " " + (c.op().takesList() ? "(" + values + ")" : values);
    }

    private static String join(List<FilterExpr> parts, String glue) {
        return parts.stream().map(FilterPrinter::operand).collect(Collectors.joining(glue));
    }

    private static String operand(FilterExpr e) {
        return e instanceof FilterExpr.Condition ? print(e) : "(" + print(e) + ")";
    }

    /** One value as the user would type it for this column. */
    public static String value(FlowField field, FilterValue v) {
        if (v instanceof FilterValue.Address a) return Addresses.format(a.value());
        if (v instanceof FilterValue.Prefix p) return p.text();
        if (v instanceof FilterValue.Text t) return quote(t.value());
        if (v instanceof FilterValue.Time t) return quote(t.value().toString());
        int small = ((FilterValue.Number) v).value().intValue();
        if (field.filterType() == FilterType.TCP_FLAGS) return FlagNames.TCP.format(small);
        if (field.filterType() == FilterType.FRAGMENT) return FlagNames.FRAGMENT.format(small);
        if (field.filterType() == FilterType.PROTOCOL) return ProtocolNames.name(small);
        return ((FilterValue.Number) v).value().toString();
    }

    /** A double-quoted string literal of the filter language. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
