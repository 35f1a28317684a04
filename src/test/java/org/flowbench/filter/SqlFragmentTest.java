package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlFragmentTest {
    @Test
    void andKeepsParameterOrderAndPrecedence() {
        SqlFragment a = SqlFragment.of("proto = ? OR proto = ?", 6, 17);
        SqlFragment b = SqlFragment.of("dst_port = ?", 53);
        SqlFragment both = a.and(b);
        assertThat(both.sql()).isEqualTo("(proto = ? OR proto = ?) AND (dst_port = ?)");
        assertThat(both.params()).isEqualTo(List.of(6, 17, 53));
    }

    @Test
    void trueIsTheIdentityOfAnd() {
        SqlFragment a = SqlFragment.of("proto = ?", 6);
        assertThat(SqlFragment.TRUE.and(a)).isEqualTo(a);
        assertThat(a.and(SqlFragment.TRUE)).isEqualTo(a);
        assertThat(SqlFragment.TRUE.isTrue()).isTrue();
        assertThat(a.isTrue()).isFalse();
    }
}
