package org.flowbench.flowspec;

/** One match condition of a rule; a packet matches a rule when it matches every component. */
public sealed interface Component permits PrefixComponent, NumericComponent, BitmaskComponent {
    ComponentType type();
}
