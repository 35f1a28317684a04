package org.flowbench.flowspec;

import java.util.List;
import java.util.function.Predicate;

/** How a component's operator terms combine (RFC 8955 §4.2.1.1): the a-bit ANDs a term to the one before; groups are ORed. */
final class Terms {
    private Terms() {}

    static <T> boolean matches(List<T> terms, Predicate<T> isAnd, Predicate<T> test) {
        boolean result = false;
        boolean group = false;
        for (int i = 0; i < terms.size(); i++) {
            T t = terms.get(i);
            if (i == 0 || !isAnd.test(t)) {
                result |= i > 0 && group;
                group = test.test(t);
            } else {
                group &= test.test(t);
            }
        }
        return result || (!terms.isEmpty() && group);
    }
}
