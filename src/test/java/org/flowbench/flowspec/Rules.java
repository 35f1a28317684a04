package org.flowbench.flowspec;

import java.util.ArrayList;
import java.util.List;

/** Terse rule construction for tests. */
final class Rules {
    private Rules() {}

    static Builder v4() { return new Builder(AddressFamily.IPV4); }

    static Builder v6() { return new Builder(AddressFamily.IPV6); }

    static final class Builder {
        private final AddressFamily family;
        private final List<Component> components = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private String name;

        Builder(AddressFamily family) { this.family = family; }

        Builder name(String n) { name = n; return this; }
        Builder dst(String prefix) { components.add(PrefixComponent.destination(prefix)); return this; }
        Builder src(String prefix) { components.add(PrefixComponent.source(prefix)); return this; }
        Builder dst(String prefix, int offset) { components.add(PrefixComponent.destination(prefix).withOffset(offset)); return this; }
        Builder src(String prefix, int offset) { components.add(PrefixComponent.source(prefix).withOffset(offset)); return this; }
        Builder eq(ComponentType type, long... values) { components.add(NumericComponent.anyOf(type, values)); return this; }
        Builder range(ComponentType type, long low, long high) { components.add(NumericComponent.range(type, low, high)); return this; }
        Builder num(ComponentType type, NumericTerm... terms) { components.add(NumericComponent.of(type, terms)); return this; }
        Builder bits(ComponentType type, BitmaskTerm... terms) { components.add(BitmaskComponent.of(type, terms)); return this; }
        Builder then(Action a) { actions.add(a); return this; }
        Builder discard() { return then(TrafficRateBytes.discard()); }

        FlowspecRule build() { return new FlowspecRule(name, family, components, actions); }
    }
}
