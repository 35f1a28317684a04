package org.flowbench.filter;

import java.util.List;
import java.util.Objects;
import org.flowbench.schema.FlowField;

/** The typed syntax tree of a filter: conditions on registry columns joined by AND, OR and NOT. */
public sealed interface FilterExpr {
    record And(List<FilterExpr> parts) implements FilterExpr {
        public And {
            parts = List.copyOf(parts);
            if (parts.size() < 2) throw new IllegalArgumentException("AND needs two parts or more");
        }
    }

    record Or(List<FilterExpr> parts) implements FilterExpr {
        public Or {
            parts = List.copyOf(parts);
            if (parts.size() < 2) throw new IllegalArgumentException("OR needs two parts or more");
        }
    }

    record Not(FilterExpr inner) implements FilterExpr {
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /** {@code field op value}, or {@code field op (v1, v2, ...)} for IN and NOTIN. */
    record Condition(FlowField field, Operator op, List<FilterValue> values) implements FilterExpr {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            values = List.copyOf(values);
            if (values.isEmpty() || (!op.takesList() && values.size() != 1)) {
                throw new IllegalArgumentException(op.symbol() + " takes " + (op.takesList() ? "one value or more" : "one value"));
            }
        }

        public FilterValue value() { return values.get(0); }
    }
}
