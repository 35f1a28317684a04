package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flowbench.ingest.decode.DamageLog;
import org.junit.jupiter.api.Test;

/** A flood of template-shaped and random datagrams: the cache stays within its bounds and a good exporter keeps being decoded. */
class TemplateCacheFloodTest {
    @Test
    void floodStaysBoundedAndTheGoodExporterKeepsDecoding() {
        TemplateCache cache = new TemplateCache(64, 32, 16);
        ExporterStatsTable stats = new ExporterStatsTable(64);
        IpfixDecoder decoder = new IpfixDecoder(cache, stats, new DamageLog());
        List<Long> good = new ArrayList<>();
        byte[] template = new Datagrams().u16(10).u16(0).u32(1).u32(0).u32(1)
                .set(2).u16(256).u16(2).u16(8).u16(4).u16(2).u16(4).end().ipfix();
        decoder.decode(Datagrams.datagram(template, "192.0.2.1"), r -> good.add(r.packets));

        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            Datagrams flood = new Datagrams().u16(10).u16(0).u32(1).u32(random.nextInt()).u32(random.nextInt(4)).set(2);
            for (int t = 0; t < 40; t++) flood.u16(256 + random.nextInt(60_000)).u16(1).u16(random.nextInt(400)).u16(random.nextInt(9));
            flood.end().set(256 + random.nextInt(60_000));
            for (int b = 0; b < 64; b++) flood.u8(random.nextInt(256));
            ExportDatagram d = Datagrams.datagram(flood.end().ipfix(), "10.0.0." + random.nextInt(250));
            d.exporterHi = random.nextLong(); // distinct exporters, far more than the cache holds
            decoder.decode(d, r -> { });
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            decoder.decode(Datagrams.datagram(noise, "10.1.0.1"), r -> { });
            if (i % 50 == 0) {
                decoder.decode(Datagrams.datagram(data(i), "192.0.2.1"), r -> good.add(r.packets));
            }
            assertThat(cache.exporterCount()).isLessThanOrEqualTo(64);
            assertThat(cache.templateCount()).isLessThanOrEqualTo(64 * 32);
            assertThat(cache.heldCount()).isLessThanOrEqualTo(16);
        }
        assertThat(good).hasSize(100).containsOnly(7L);
        assertThat(stats.byExporter()).hasSizeLessThanOrEqualTo(64);
        assertThat(stats.total().datagrams).isEqualTo(1 + 10_000 + 100);
    }

    private static byte[] data(int sequence) {
        return new Datagrams().u16(10).u16(0).u32(1).u32(sequence).u32(1).set(256).ip("198.51.100.9").u32(7).end().ipfix();
    }
}
