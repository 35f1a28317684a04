package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.ComponentType;

/**
 * Fragment conditions as a list of names ORed together, as Junos and IOS XR write them: each name is a one-bit
 * match term, {@code not-a-fragment} the not-any is-fragment term; other terms are refused.
 */
final class FragmentLists {
    private FragmentLists() {}

    static List<String> format(BitmaskComponent c, String dialect, String rule, boolean notAFragment) {
        List<String> out = new ArrayList<>();
        for (BitmaskTerm t : c.terms()) {
            boolean oneBit = Integer.bitCount(t.value()) == 1 && !t.and();
            if (oneBit && t.not() && t.value() == BitmaskComponent.IS_FRAGMENT && notAFragment) {
                out.add("not-a-fragment");
            } else if (oneBit && !t.not() && t.match()) {
                out.add(Names.bitNames(Names.FRAGMENTS, t.value(), ""));
            } else {
                throw new UnsupportedRuleException(dialect, rule, "fragment term " + t + " (only ORed single fragment names)");
            }
        }
        return out;
    }

    static BitmaskComponent parse(List<Token> names) throws DialectParseException {
        List<BitmaskTerm> terms = new ArrayList<>();
        for (Token n : names) {
            if (n.text().equalsIgnoreCase("not-a-fragment")) {
                terms.add(new BitmaskTerm(false, true, false, BitmaskComponent.IS_FRAGMENT));
                continue;
            }
            var v = Names.fragment(n.text());
            if (v.isEmpty()) throw n.error("'" + n.text() + "' is not a fragment name");
            terms.add(new BitmaskTerm(false, false, true, (int) v.getAsLong()));
        }
        return new BitmaskComponent(ComponentType.FRAGMENT, terms);
    }
}
