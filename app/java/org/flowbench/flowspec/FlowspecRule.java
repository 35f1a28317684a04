package org.flowbench.flowspec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One Flowspec rule: an address family, match components and actions. Components are kept as given (so that
 * {@link Validation} can report a type given twice); {@link #componentsInTypeOrder()} is the wire order.
 * No actions means accept. The name is a label for dialects that have one (ExaBGP, Junos, IOS XR); it is not
 * part of what the rule does, see {@link #sameFlowAndActions}.
 */
public record FlowspecRule(String name, AddressFamily family, List<Component> components, List<Action> actions) {
    public FlowspecRule {
        if (family == null) throw new IllegalArgumentException("family is required");
        components = List.copyOf(components);
        actions = List.copyOf(actions);
    }

    public static FlowspecRule of(AddressFamily family, List<Component> components, List<Action> actions) {
        return new FlowspecRule(null, family, components, actions);
    }

    public FlowspecRule withName(String newName) { return new FlowspecRule(newName, family, components, actions); }

    /** The first component of this type, if any. */
    public Optional<Component> component(ComponentType type) {
        return components.stream().filter(c -> c.type() == type).findFirst();
    }

    public Optional<PrefixComponent> destination() {
        return component(ComponentType.DESTINATION_PREFIX).map(PrefixComponent.class::cast);
    }

    public Optional<PrefixComponent> source() {
        return component(ComponentType.SOURCE_PREFIX).map(PrefixComponent.class::cast);
    }

    public Optional<NumericComponent> numeric(ComponentType type) {
        return component(type).filter(NumericComponent.class::isInstance).map(NumericComponent.class::cast);
    }

    public Optional<BitmaskComponent> bitmask(ComponentType type) {
        return component(type).filter(BitmaskComponent.class::isInstance).map(BitmaskComponent.class::cast);
    }

    /** Components sorted by type, as the NLRI carries them (stable for duplicates). */
    public List<Component> componentsInTypeOrder() {
        List<Component> sorted = new ArrayList<>(components);
        sorted.sort(Comparator.comparingInt(c -> c.type().code()));
        return sorted;
    }

    public <A extends Action> Optional<A> action(Class<A> kind) {
        return actions.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** True when a matching packet is dropped: traffic-rate-bytes or -packets of 0. */
    public boolean discards() {
        return action(TrafficRateBytes.class).map(TrafficRateBytes::isDiscard).orElse(false)
                || action(TrafficRatePackets.class).map(a -> a.packetsPerSecond() == 0f).orElse(false);
    }

    /**
     * Whether rules after this one are still evaluated for a packet it matched: only when a traffic-action
     * sets the terminal bit (RFC 8955 section 7.3: set = continue, clear or absent = stop).
     */
    public boolean continuesEvaluation() {
        return action(TrafficAction.class).map(TrafficAction::continuesEvaluation).orElse(false);
    }

    /** Equal match and actions, ignoring the name and the order in which components and actions were given. */
    public boolean sameFlowAndActions(FlowspecRule other) {
        return family == other.family && componentsInTypeOrder().equals(other.componentsInTypeOrder())
                && actions.size() == other.actions.size() && actions.containsAll(other.actions);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name == null ? "" : name + ": ").append(family == AddressFamily.IPV4 ? "flow4 {" : "flow6 {");
        for (Component c : componentsInTypeOrder()) sb.append(' ').append(c).append(';');
        sb.append(" } then {");
        for (Action a : actions) sb.append(' ').append(a).append(';');
        return sb.append(actions.isEmpty() ? " accept; }" : " }").toString();
    }
}
