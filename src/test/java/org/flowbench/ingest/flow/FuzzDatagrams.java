package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbench.ingest.decode.DamageLog;

/**
 * Feeds fuzz input to a decoder as a sequence of datagrams sharing one small template cache:
 * each datagram is [exporter byte][2-byte length][payload], so templates in one datagram meet
 * data in the next and several exporters compete for the cache. Checks that nothing escapes,
 * records stay sane and the cache stays within its bounds.
 */
final class FuzzDatagrams {
    static final int MAX_EXPORTERS = 3, MAX_TEMPLATES = 8, MAX_HELD = 4;

    interface DecoderFactory {
        FlowDecoder create(TemplateCache cache, ExporterStatsTable stats, DamageLog damage);
    }

    private FuzzDatagrams() {}

    static void run(byte[] input, DecoderFactory factory) {
        TemplateCache cache = new TemplateCache(MAX_EXPORTERS, MAX_TEMPLATES, MAX_HELD);
        ExporterStatsTable stats = new ExporterStatsTable(MAX_EXPORTERS);
        DamageLog damage = new DamageLog();
        FlowDecoder decoder = factory.create(cache, stats, damage);
        ExportDatagram d = new ExportDatagram();
        d.data = input;
        long[] records = new long[1];
        int at = 0, datagrams = 0;
        while (input.length - at >= 3 && datagrams++ < 1000) {
            int exporter = input[at] & 0x07;
            int length = Math.min((input[at + 1] & 0xFF) << 8 | (input[at + 2] & 0xFF), input.length - at - 3);
            d.offset = at + 3;
            d.length = length;
            d.fileOffset = at + 3;
            d.exporterLo = 0x0000FFFF_0A000000L | exporter;
            d.receivedMicros = datagrams * 1_000_000L;
            decoder.decode(d, r -> {
                records[0]++;
                assertThat(r.pktLen).isBetween(0, 65535);
                assertThat(r.srcPort).isBetween(0, 65535);
                assertThat(r.dstPort).isBetween(0, 65535);
                assertThat(r.proto).isBetween(0, 255);
                assertThat(r.vlan).isBetween(0, 4095);
                assertThat(r.exporterLo).isEqualTo(d.exporterLo);
            });
            assertThat(cache.exporterCount()).isLessThanOrEqualTo(MAX_EXPORTERS);
            assertThat(cache.templateCount()).isLessThanOrEqualTo(MAX_EXPORTERS * MAX_TEMPLATES);
            assertThat(cache.heldCount()).isLessThanOrEqualTo(MAX_HELD);
            at += 3 + length;
        }
        if (decoder instanceof NetflowV9Decoder v9) v9.finish();
        if (decoder instanceof IpfixDecoder ipfix) ipfix.finish();
        assertThat(cache.heldCount()).isZero();
        assertThat(stats.total().records).isEqualTo(records[0]);
        assertThat(damage.kept()).allSatisfy(x -> assertThat(x.offset()).isNotNegative());
    }
}
