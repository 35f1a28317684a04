package org.flowbench.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.FixedSizeBinaryVector;
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
 * Arrow has no unsigned 128-bit type: each address travels as 16 bytes in DuckDB's own
 * UHUGEINT layout, tagged with the {@code arrow.opaque} extension DuckDB registers for it, so
 * the INSERT stores it as it is. (Two UInt64 halves combined with {@code (hi << 64) | lo} in
 * SQL cost the INSERT 10-20% more: docs/decisions/0292.)
 */
final class FlowArrowBatch implements AutoCloseable {
    private final VectorSchemaRoot root;
    private final int capacity;

    private final TimeStampMicroVector ts;
    private final UInt4Vector durationMs, inIf, outIf, srcAs, dstAs, samplingRate, flows;
    private final FixedSizeBinaryVector exporter, src, dst;
    private final UInt8Vector packets, bytes;
    private final UInt1Vector ipVersion, proto, icmpType, icmpCode, tcpFlags, dscp, frag;
    private final UInt2Vector srcPort, dstPort, pktLen, vlan;
    private final VarCharVector srcCountry, dstCountry;

    FlowArrowBatch(BufferAllocator allocator, int capacity) {
        this.capacity = capacity;
        this.root = VectorSchemaRoot.create(schema(), allocator);
        ts = (TimeStampMicroVector) root.getVector("ts");
        durationMs = u4("duration_ms");
        exporter = address("exporter");
        inIf = u4("in_if");
        outIf = u4("out_if");
        src = address("src_addr");
        dst = address("dst_addr");
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
                fields.add(new Field(f.column(), new FieldType(true, new ArrowType.FixedSizeBinary(ADDRESS_BYTES), null,
                        UHUGEINT_EXTENSION), null));
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

    /** Bytes of one address: DuckDB's uhugeint_t, the low 64 bits then the high ones, little-endian. */
    private static final int ADDRESS_BYTES = 16;

    /** The Arrow field metadata that makes DuckDB read a 16-byte fixed-size binary as UHUGEINT. */
    private static final Map<String, String> UHUGEINT_EXTENSION = Map.of(
            "ARROW:extension:name", "arrow.opaque",
            "ARROW:extension:metadata", "{\"type_name\":\"uhugeint\",\"vendor_name\":\"DuckDB\"}");

    private static Field field(String name, ArrowType type) {
        return new Field(name, FieldType.nullable(type), null);
    }

    VectorSchemaRoot root() { return root; }

    /**
     * Copies the batch column by column, writing values straight into the data buffers and
     * validity bits a byte at a time: per-row {@code set(i, v)} calls over 33 vectors cost as
     * much as the INSERT itself (docs/decisions/0080). Columns that are NULL in every row (the
     * flow-export columns of a pcap import) are only zeroed.
     */
    void fill(FlowBatch b) {
        int n = b.size;
        if (n > capacity) throw new IllegalArgumentException("batch of " + n + " rows exceeds capacity " + capacity);
        for (var v : root.getFieldVectors()) {
            if (v instanceof BaseFixedWidthVector) v.getValidityBuffer().setZero(0, v.getValidityBuffer().capacity());
        }
        longs(ts, b.tsMicros, n);
        ints(durationMs, b.durationMs, n);
        if (any(b.hasExporter, n)) exporter(b.exporterHi, b.exporterLo, b.hasExporter, n);
        optionalInts(inIf, b.inIf, n);
        optionalInts(outIf, b.outIf, n);
        addresses(src, b.srcHi, b.srcLo, n);
        addresses(dst, b.dstHi, b.dstLo, n);
        bytes(ipVersion, b.ipVersion, n);
        bytes(proto, b.proto, n);
        shorts(srcPort, b.srcPort, n);
        shorts(dstPort, b.dstPort, n);
        bytes(icmpType, b.icmpType, n);
        bytes(icmpCode, b.icmpCode, n);
        bytes(tcpFlags, b.tcpFlags, n);
        shorts(pktLen, b.pktLen, n);
        bytes(dscp, b.dscp, n);
        bytes(frag, b.frag, n);
        shorts(vlan, b.vlan, n);
        optionalInts(srcAs, b.srcAs, n);
        optionalInts(dstAs, b.dstAs, n);
        text(srcCountry, b.srcCountry, n);
        text(dstCountry, b.dstCountry, n);
        longs(packets, b.packets, n);
        longs(bytes, b.bytes, n);
        ints(samplingRate, b.samplingRate, n);
        ints(flows, b.flows, n);
        root.setRowCount(n);
    }

    private static void allValid(BaseFixedWidthVector v, int n) {
        ArrowBuf validity = v.getValidityBuffer();
        int full = n >>> 3;
        validity.setOne(0, full);
        for (int i = full << 3; i < n; i++) BitVectorHelper.setBit(validity, i);
    }

    private static void longs(BaseFixedWidthVector v, long[] values, int n) {
        allValid(v, n);
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) data.setLong((long) i << 3, values[i]);
    }

    private static void ints(BaseFixedWidthVector v, long[] values, int n) {
        allValid(v, n);
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) data.setInt((long) i << 2, (int) values[i]);
    }

    private static void shorts(BaseFixedWidthVector v, int[] values, int n) {
        allValid(v, n);
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) data.setShort((long) i << 1, values[i]);
    }

    private static void bytes(BaseFixedWidthVector v, short[] values, int n) {
        allValid(v, n);
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) data.setByte(i, values[i]);
    }

    private static void bytes(BaseFixedWidthVector v, byte[] values, int n) {
        allValid(v, n);
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) data.setByte(i, values[i]);
    }

    /** Optional UINTEGER columns: {@link FlowBatch#NULL} leaves the validity bit clear. */
    private static void optionalInts(BaseFixedWidthVector v, long[] values, int n) {
        ArrowBuf validity = v.getValidityBuffer();
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) {
            long value = values[i];
            if (value != FlowBatch.NULL) {
                BitVectorHelper.setBit(validity, i);
                data.setInt((long) i << 2, (int) value);
            }
        }
    }

    private static void addresses(FixedSizeBinaryVector v, long[] hi, long[] lo, int n) {
        allValid(v, n);
        ArrowBuf data = v.getDataBuffer();
        for (int i = 0; i < n; i++) putAddress(data, i, hi[i], lo[i]);
    }

    private static void putAddress(ArrowBuf data, int row, long hi, long lo) {
        long at = (long) row * ADDRESS_BYTES;
        data.setLong(at, lo);
        data.setLong(at + 8, hi);
    }

    private void exporter(long[] hi, long[] lo, boolean[] present, int n) {
        ArrowBuf validity = exporter.getValidityBuffer();
        ArrowBuf data = exporter.getDataBuffer();
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                BitVectorHelper.setBit(validity, i);
                putAddress(data, i, hi[i], lo[i]);
            }
        }
    }

    private static boolean any(boolean[] flags, int n) {
        for (int i = 0; i < n; i++) {
            if (flags[i]) return true;
        }
        return false;
    }

    private static void text(VarCharVector v, String[] values, int n) {
        v.reset();
        for (int i = 0; i < n; i++) {
            if (values[i] != null) v.setSafe(i, values[i].getBytes(StandardCharsets.UTF_8));
        }
        v.setValueCount(n);
    }

    private UInt1Vector u1(String name) { return (UInt1Vector) root.getVector(name); }
    private UInt2Vector u2(String name) { return (UInt2Vector) root.getVector(name); }
    private UInt4Vector u4(String name) { return (UInt4Vector) root.getVector(name); }
    private UInt8Vector u8(String name) { return (UInt8Vector) root.getVector(name); }
    private FixedSizeBinaryVector address(String name) { return (FixedSizeBinaryVector) root.getVector(name); }

    @Override
    public void close() {
        root.close();
    }
}
