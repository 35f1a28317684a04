package org.flowbench.flowspec.dialect;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.stream.Stream;
import org.flowbench.flowspec.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Truncated and mangled input gives a DialectParseException (or rules), never another exception. */
class DialectRobustnessTest {
    static Stream<String> dialects() { return Dialects.all().stream().filter(Dialect::canWrite).map(Dialect::name); }

    @ParameterizedTest
    @MethodSource("dialects")
    void everyTruncationAndMutationFailsCleanly(String name) {
        Dialect d = Dialects.named(name).orElseThrow();
        String text = d.write(new RuleSet(RuleCatalogue.except(DialectRoundTripTest.REFUSED.get(name))));
        // every cut inside the first 400 characters (one or two rules), then a spread over the rest
        for (int i = 0; i <= text.length(); i += i < 400 ? 1 : Math.max(1, text.length() / 200)) tryRead(d, text.substring(0, i));
        Random random = new Random(42);
        String junk = "{}[];()&|!=<>/:,.\"' \n0x9-#*";
        for (int n = 0; n < 400; n++) {
            int at = random.nextInt(text.length());
            String mutated = random.nextBoolean() ? text.substring(0, at) + text.substring(at + 1)
                    : text.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + text.substring(at);
            tryRead(d, mutated);
        }
    }

    private static void tryRead(Dialect d, String text) {
        try {
            d.read(text);
        } catch (DialectParseException expected) {
            // the one allowed failure
        } catch (RuntimeException e) {
            fail(d.name() + " threw " + e + " on:\n" + text, e);
        }
    }
}
