package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flowbench.schema.FlowField;

/** Properties of the filter language, checked against a real in-memory DuckDB {@code flows} table. */
class FilterProperties {
    private static FlowsTable flows;

    @BeforeContainer
    static void open() throws SQLException {
        flows = new FlowsTable().insert("1, '2026-03-11 09:32:01', 0, NULL, NULL, NULL, 281473902969351, 281474439839764, 4, 17,"
                + " 53, 4444, 0, 0, 0, 1400, 0, 0, 0, NULL, 64500, 'FR', NULL, 1, 1400, 1, 1");
    }

    @AfterContainer
    static void close() throws SQLException {
        flows.close();
    }

    /** Any text either compiles or fails with a positioned FilterSyntaxException; nothing else escapes. */
    @Property(tries = 3000)
    void anyTextCompilesOrFailsCleanly(@ForAll("filterishText") String text) throws SQLException {
        SqlFragment f;
        try {
            f = Filters.compile(text);
        } catch (FilterSyntaxException e) {
            assertThat(e.offset()).isBetween(0, text.length());
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith("line " + e.line() + ", column " + e.column() + ": ");
            return;
        }
        flows.count(f);   // what compiles also runs
    }

    /** Completion never throws either, at any caret. */
    @Property(tries = 1000)
    void completionNeverThrows(@ForAll("filterishText") String text, @ForAll("fraction") double where) {
        int caret = (int) Math.floor(where * text.length());
        List<Suggestion> s = new FilterCompletion(ValueSource.NONE).complete(text, caret);
        assertThat(s).allSatisfy(x -> assertThat(x.replaceFrom()).isBetween(0, x.replaceTo()));
    }

    /** A random tree printed as text compiles back to the same tree, and its SQL runs. */
    @Property(tries = 500)
    void printedTreesCompileToTheSameTreeAndRun(@ForAll("trees") FilterExpr tree) throws Exception {
        String text = FilterPrinter.print(tree);
        FilterExpr back = Filters.parse(text).orElseThrow();
        assertThat(SqlRenderer.render(back)).as(text).isEqualTo(SqlRenderer.render(tree));
        flows.count(SqlRenderer.render(back));
    }

    /** User text reaches DuckDB as parameters only: hostile strings never appear in the SQL text. */
    @Property(tries = 300)
    void stringsTravelAsParametersOnly(@ForAll("hostile") String value) throws Exception {
        String filter = "src_country = " + FilterPrinter.quote(value) + " OR dst_country LIKE " + FilterPrinter.quote(value);
        SqlFragment f = Filters.compile(filter);
        assertThat(f.sql()).doesNotContain("'", "\"", ";", "--", "/*").isEqualTo(
                "(src_country = ?) OR (dst_country LIKE ?)");
        assertThat(f.params()).containsExactly(value, value);
        assertThat(flows.count(f)).isEqualTo(value.equals("FR") ? 1 : 0);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of("'; DROP TABLE flows; --", "\" OR 1=1 --", "/* x */", "x'y\"z", "\\", "\\\"", "--", "FR"),
                Arbitraries.strings().withChars("'\";-/*\\ abc%_").ofMaxLength(20));
    }

    @Provide
    Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> filterishText() {
        Arbitrary<String> pieces = Arbitraries.of("src_addr", "DstAddr", "proto", "src_port", "tcp_flags", "frag", "ts",
                "src_country", "pkt_len", "=", "!=", "<", "<=", ">>", "<<", "!<<", "IN", "NOTIN", "LIKE", "HAS", "AND",
                "OR", "NOT", "&&", "||", "!", "(", ")", ",", "192.0.2.0/24", "10.0.0.1", "::1", "2001:db8::/33", "UDP",
                "SYN|ACK", "IsF", "53", "70000", "1K", "AS64500", "\"FR\"", "'x", "\"", "--", "/*", "*/", "\n", " ",
                "2026-03-11", "-", "|", "&", "ffff:1:2:3:4:5:6:7:8", "1.2.3.4/99", "::ffff:1.2.3.4/130", "1.2.3.4/2405950942");
        Arbitrary<String> structured = pieces.list().ofMaxSize(12).map(l -> String.join(" ", l));
        Arbitrary<String> glued = pieces.list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(structured, glued, Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("()!=<>&|,\"'-/*:.aZ09 \n").ofMaxLength(30));
    }

    @Provide
    Arbitrary<FilterExpr> trees() {
        return Arbitraries.recursive(this::condition, inner -> Arbitraries.oneOf(
                inner.list().ofMinSize(2).ofMaxSize(3).map(FilterExpr.And::new),
                inner.list().ofMinSize(2).ofMaxSize(3).map(FilterExpr.Or::new),
                inner.map(FilterExpr.Not::new)), 0, 3);
    }

    private Arbitrary<FilterExpr> condition() {
        return Arbitraries.of(ColumnNames.filterable()).flatMap(field -> Arbitraries.of(Operator.forType(field.filterType()))
                .flatMap(op -> value(field, op).list().ofMinSize(1).ofMaxSize(op.takesList() ? 4 : 1)
                        .map(values -> (FilterExpr) new FilterExpr.Condition(field, op, values))));
    }

    private Arbitrary<FilterValue> value(FlowField field, Operator op) {
        return switch (field.filterType()) {
            case ADDRESS -> op == Operator.IN_PREFIX || op == Operator.NOT_IN_PREFIX ? prefix() : address().map(FilterValue.Address::new);
            case STRING -> Arbitraries.strings().ofMaxLength(8).map(FilterValue.Text::new);
            case TIME -> Arbitraries.longs().between(0, 4_102_444_800L).map(s -> new FilterValue.Time(Instant.ofEpochSecond(s)));
            case PROTOCOL -> number(BigInteger.valueOf(255));
            case PORT -> number(BigInteger.valueOf(65_535));
            case AS_NUMBER -> number(BigInteger.valueOf(0xFFFF_FFFFL));
            case TCP_FLAGS -> number(BigInteger.valueOf(255));
            case FRAGMENT -> number(BigInteger.valueOf(15));
            default -> field == FlowField.IP_VERSION ? Arbitraries.of(4L, 6L).map(FilterValue.Number::of) : number(ValueParser.max(field));
        };
    }

    private static Arbitrary<FilterValue> number(BigInteger max) {
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, max)
                .map(n -> (FilterValue) new FilterValue.Number(n));
    }

    private static Arbitrary<BigInteger> address() {
        Arbitrary<BigInteger> v4 = Arbitraries.longs().between(0, 0xFFFF_FFFFL)
                .map(v -> BigInteger.valueOf(0xFFFF_0000_0000L | v));
        Arbitrary<BigInteger> v6 = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
        return Arbitraries.oneOf(v4, v6);
    }

    private static Arbitrary<FilterValue> prefix() {
        Arbitrary<String> v4 = Combinators.combine(Arbitraries.longs().between(0, 0xFFFF_FFFFL), Arbitraries.integers().between(0, 32))
                .as((a, len) -> {
                    long network = len == 0 ? 0 : a & (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
                    return ((network >>> 24) & 255) + "." + ((network >>> 16) & 255) + "." + ((network >>> 8) & 255) + "."
                            + (network & 255) + "/" + len;
                });
        Arbitrary<String> v6 = Combinators.combine(address(), Arbitraries.integers().between(0, 128)).as((a, len) -> {
            BigInteger network = a.shiftRight(128 - len).shiftLeft(128 - len);
            long hi = network.shiftRight(64).longValue(), lo = network.longValue();
            String text = org.flowbench.schema.Addresses.format(hi, lo);
            return (text.contains(":") ? text : "::ffff:" + text) + "/" + len;
        });
        return Arbitraries.oneOf(v4, v6).map(s -> {
            try {
                return (FilterValue) Prefixes.parse(s);
            } catch (ValueParser.BadValue e) {
                throw new AssertionError(s + ": " + e.getMessage());
            }
        });
    }

}
