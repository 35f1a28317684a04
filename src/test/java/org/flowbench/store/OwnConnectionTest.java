package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.time.Instant;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * Long writing work runs on a connection of its own ({@link Workspace#onOwnConnection}): its
 * transaction neither takes in nor rolls back what the window writes meanwhile, and the temporary
 * macros that exports and table imports use are there too.
 */
class OwnConnectionTest extends FreshWorkspaceTest {

    @Test
    void aRolledBackTransactionOnItsOwnConnectionKeepsWhatTheWindowWroteMeanwhile() throws Exception {
        long other = ws.datasets().create("other", "other", 0, null, "pcap");
        long imported = ws.onOwnConnection(own -> {
            var c = own.connection();
            c.setAutoCommit(false);
            long id = own.datasets().create("half-imported", "half", 0, null, "pcap");
            // the window, on its connection, while the work's transaction is open
            ws.incidents().add(new Incident(0, other, "kept", IncidentKind.ATTACK, Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-01-01T00:01:00Z"), "", "", ""));
            c.rollback();
            c.setAutoCommit(true);
            return id;
        });

        assertThat(ws.datasets().get(imported)).as("the work's own rows rolled back").isEmpty();
        assertThat(ws.incidents().forDataset(other)).extracting(Incident::name).containsExactly("kept");
    }

    @Test
    void theOwnConnectionHasTheAddressMacrosAndIsClosedAfterwards() throws Exception {
        java.sql.Connection[] seen = new java.sql.Connection[1];
        String text = ws.onOwnConnection(own -> {
            seen[0] = own.connection();
            assertThat(seen[0]).isNotSameAs(ws.connection());
            try (Statement st = own.connection().createStatement();
                 var rs = st.executeQuery("SELECT addr_text(addr_parse('192.0.2.7'))")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(text).isEqualTo("192.0.2.7");
        assertThat(seen[0].isClosed()).isTrue();
        assertThat(ws.connection().isClosed()).isFalse();
    }
}
