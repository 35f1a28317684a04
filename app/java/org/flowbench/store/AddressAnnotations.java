package org.flowbench.store;

import java.io.IOException;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes per-address annotations (country, AS number) into a dataset's rows. The caller looks the
 * addresses up; this class streams the distinct addresses out and the answers back in, so a
 * dataset of millions of rows costs one scan, one join table and one UPDATE per address column.
 */
public final class AddressAnnotations {
    /** What is known about one address; null fields leave the stored value alone. */
    public record Annotation(String country, Long asn) {}

    private final DuckDBConnection c;

    public AddressAnnotations(Workspace workspace) {
        this.c = workspace.connection();
    }

    /** Looks up one address; null when nothing is known about it. */
    @FunctionalInterface
    public interface Lookup {
        Annotation find(BigInteger address) throws IOException;
    }

    /** What an annotation run did. */
    public record Outcome(long addresses, long annotated, long rowsChanged) {}

    /**
     * Looks up every distinct source and destination address of the dataset and writes the
     * answers into both address columns. An AS number from the flow record itself (non-zero)
     * wins over the database's, because the router knew its own routes. The answers stream into
     * a temporary table, so memory stays flat however many addresses the dataset holds.
     */
    public Outcome apply(long datasetId, Lookup lookup) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE address_annotation (addr UHUGEINT, country VARCHAR, asn BIGINT)");
        }
        try {
            long addresses = 0, annotated = 0;
            // the driver materialises the result, so appending while iterating is safe
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT src_addr FROM flows WHERE dataset_id = ? AND src_addr IS NOT NULL"
                            + " UNION SELECT dst_addr FROM flows WHERE dataset_id = ? AND dst_addr IS NOT NULL");
                 DuckDBAppender a = c.createAppender("temp", "main", "address_annotation")) {
                ps.setLong(1, datasetId);
                ps.setLong(2, datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        addresses++;
                        BigInteger address = (BigInteger) rs.getObject(1);
                        Annotation found = lookup.find(address);
                        if (found == null) continue;
                        annotated++;
                        a.beginRow().append(address);
                        if (found.country() == null) a.appendNull(); else a.append(found.country());
                        if (found.asn() == null) a.appendNull(); else a.append(found.asn());
                        a.endRow();
                    }
                }
            }
            long changed = annotated == 0 ? 0 : update(datasetId, "src") + update(datasetId, "dst");
            return new Outcome(addresses, annotated, changed);
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS temp.address_annotation");
            }
        }
    }

    private long update(long datasetId, String side) throws SQLException {
        // side is one of two constants above, never user input
        String sql = "UPDATE flows SET " + side + "_country = coalesce(m.country, flows." + side + "_country), "
                + side + "_as = CASE WHEN coalesce(flows." + side + "_as, 0) = 0 THEN coalesce(m.asn, flows."
                + side + "_as) ELSE flows." + side + "_as END"
                + " FROM temp.address_annotation m WHERE flows.dataset_id = ? AND flows." + side + "_addr = m.addr";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, datasetId);
            return ps.executeUpdate();
        }
    }
}
