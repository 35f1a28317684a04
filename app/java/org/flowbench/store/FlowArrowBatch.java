package org.flowbench.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowField;

/**
 * The Arrow form of a {@link FlowBatch}: one vector per column, allocated once for the batch
 * capacity and refilled for every batch, so a long import does not churn off-heap memory.
 * Arrow has no unsigned 128-bit type, so each address travels as two UInt8 halves
 * ({@code <column>_hi}, {@code <column>_lo}) that the INSERT combines.
 */
final class FlowArrowBatch implements AutoCloseable {
    private final VectorSchemaRoot root;
    private final int capacity;

    private final TimeStampMicroVector ts;
    private final UInt4Vector durationMs, inIf, outIf, srcAs, dstAs, samplingRate, flows;
    private final UInt8Vector exporterHi, exporterLo, srcHi, srcLo, dstHi, dstLo, packets, bytes;
    private final UInt1Vector ipVersion, proto, icmpType, icmpCode, tcpFlags, dscp, frag;
    private final UInt2Vector srcPort, dstPort, pktLen, vlan;
    private final VarCharVector srcCountry, dstCountry;

    FlowArrowBatch(BufferAllocator allocator, int capacity) {
        this.capacity = capacity;
        this.root = VectorSchemaRoot.create(schema(), allocator);
        ts = (TimeStampMicroVector) root.getVector("ts");
        durationMs = u4("duration_ms");
        exporterHi = u8("exporter_hi");
        exporterLo = u8("exporter_lo");
        inIf = u4("in_if");
        outIf = u4("out_if");
        srcHi = u8("src_addr_hi");
        srcLo = u8("src_addr_lo");
        dstHi = u8("dst_addr_hi");
        dstLo = u8("dst_addr_lo");
        ipVersion = u1("ip_version");
        proto = u1("proto");
        srcPort = u2("src_port");
        dstPort = u2("dst_port");
        icmpType = u1("icmp_type");
        icmpCode = u1("icmp_code");
        tcpFlags = u1("tcp_flags");
        pktLen = u2("pkt_len");
        dscp = u1("dscp");
        frag = u1("frag");
        vlan = u2("vlan");
        srcAs = u4("src_as");
        dstAs = u4("dst_as");
        srcCountry = (VarCharVector) root.getVector("src_country");
        dstCountry = (VarCharVector) root.getVector("dst_country");
        packets = u8("packets");
        bytes = u8("bytes");
        samplingRate = u4("sampling_rate");
        flows = u4("flows");
        for (var v : root.getFieldVectors()) {
            if (v instanceof BaseFixedWidthVector f) f.allocateNew(capacity);
        }
        srcCountry.allocateNew(capacity);
        dstCountry.allocateNew(capacity);
    }

    /** Arrow column names in registry order; dataset_id is bound in the INSERT instead. */
    static Schema schema() {
        List<Field> fields = new ArrayList<>();
        for (FlowField f : FlowField.all()) {
            if (f == FlowField.DATASET_ID) continue;
            if (f.filterType() == FlowField.FilterType.ADDRESS) {
                fields.add(field(f.column() + "_hi", new ArrowType.Int(64, false)));
                fields.add(field(f.column() + "_lo", new ArrowType.Int(64, false)));
            } else {
                fields.add(field(f.column(), arrowType(f.duckDbType())));
            }
        }
        return new Schema(fields);
    }

    private static ArrowType arrowType(String duckDbType) {
        return switch (duckDbType) {
            case "TIMESTAMP" -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
            case "UTINYINT" -> new ArrowType.Int(8, false);
            case "USMALLINT" -> new ArrowType.Int(16, false);
            case "UINTEGER" -> new ArrowType.Int(32, false);
            case "UBIGINT" -> new ArrowType.Int(64, false);
            case "VARCHAR" -> ArrowType.Utf8.INSTANCE;
            default -> throw new IllegalStateException("no Arrow type for DuckDB type " + duckDbType);
        };
    }

    private static Field field(String name, ArrowType type) {
        return new Field(name, FieldType.nullable(type), null);
    }

    VectorSchemaRoot root() { return root; }

    void fill(FlowBatch b) {
        int n = b.size;
        if (n > capacity) throw new IllegalArgumentException("batch of " + n + " rows exceeds capacity " + capacity);
        srcCountry.reset();
        dstCountry.reset();
        for (int i = 0; i < n; i++) {
            ts.set(i, b.tsMicros[i]);
            durationMs.set(i, (int) b.durationMs[i]);
            if (b.hasExporter[i]) {
                exporterHi.set(i, b.exporterHi[i]);
                exporterLo.set(i, b.exporterLo[i]);
            } else {
                exporterHi.setNull(i);
                exporterLo.setNull(i);
            }
            optional(inIf, i, b.inIf[i]);
            optional(outIf, i, b.outIf[i]);
            srcHi.set(i, b.srcHi[i]);
            srcLo.set(i, b.srcLo[i]);
            dstHi.set(i, b.dstHi[i]);
            dstLo.set(i, b.dstLo[i]);
            ipVersion.set(i, b.ipVersion[i]);
            proto.set(i, b.proto[i]);
            srcPort.set(i, (char) b.srcPort[i]);
            dstPort.set(i, (char) b.dstPort[i]);
            icmpType.set(i, b.icmpType[i]);
            icmpCode.set(i, b.icmpCode[i]);
            tcpFlags.set(i, b.tcpFlags[i]);
            pktLen.set(i, (char) b.pktLen[i]);
            dscp.set(i, b.dscp[i]);
            frag.set(i, b.frag[i]);
            vlan.set(i, (char) b.vlan[i]);
            optional(srcAs, i, b.srcAs[i]);
            optional(dstAs, i, b.dstAs[i]);
            text(srcCountry, i, b.srcCountry[i]);
            text(dstCountry, i, b.dstCountry[i]);
            packets.set(i, b.packets[i]);
            bytes.set(i, b.bytes[i]);
            samplingRate.set(i, (int) b.samplingRate[i]);
            flows.set(i, (int) b.flows[i]);
        }
        root.setRowCount(n);
    }

    private static void optional(UInt4Vector v, int i, long value) {
        if (value == FlowBatch.NULL) v.setNull(i); else v.set(i, (int) value);
    }

    private static void text(VarCharVector v, int i, String s) {
        if (s == null) v.setNull(i); else v.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
    }

    private UInt1Vector u1(String name) { return (UInt1Vector) root.getVector(name); }
    private UInt2Vector u2(String name) { return (UInt2Vector) root.getVector(name); }
    private UInt4Vector u4(String name) { return (UInt4Vector) root.getVector(name); }
    private UInt8Vector u8(String name) { return (UInt8Vector) root.getVector(name); }

    @Override
    public void close() {
        root.close();
    }
}
