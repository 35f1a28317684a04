package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbench.ingest.ExporterReport;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.FakeWorkbenchServices;
import org.junit.jupiter.api.Test;

class ImportReportViewModelTest {
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();
    private final ImportReportViewModel model = new ImportReportViewModel(services, new SameThreadTaskRunner());

    @Test
    void countersAreFormattedInReadingOrder() {
        model.show(FakeWorkbenchServices.report(1, "a.pcap", DatasetStatus.COMPLETE, 2));

        assertThat(model.counters()).startsWith(
                new Counter("Frames read", "2,007"),
                new Counter("IP packets stored", "2,000"),
                new Counter("IP bytes", "1,024,000"),
                new Counter("Rows written", "2"),
                new Counter("Non-IP frames", "7"));
        assertThat(model.counters()).contains(new Counter("First packet", "2024-03-01 12:00:00 UTC"));
        assertThat(model.statusProperty().get()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(model.damageNoteProperty().get()).isEqualTo("No damage found");
    }

    @Test
    void flowExportReportsNameTheirRecordsAndEveryExporter() {
        ImportReport base = FakeWorkbenchServices.report(1, "v9.pcap", DatasetStatus.PARTIAL, 2);
        ImportReport exports = new ImportReport(base.datasetId(), base.file(), base.status(), base.message(),
                base.packets(), base.ipPackets(), base.ipBytes(), base.rows(), base.nonIp(), base.truncated(),
                base.snaplenCut(), base.malformed(), base.unsupportedLink(), base.firstPacket(), base.lastPacket(),
                base.perLinkType(), base.perProtocol(), base.damage(), base.damageTotal(), base.seconds(),
                ImportReport.FLOW_EXPORTS, List.of(new ExporterReport("192.0.2.1", 293, 9165, 2, 1, 3, 4, 0, 0)));

        model.show(exports);

        assertThat(model.counters()).contains(
                new Counter("Flow records stored", "2"),
                new Counter("Exporter 192.0.2.1",
                        "293 datagrams, 9,165 records, 2 sequence gaps, 1 unknown template, 3 malformed"));
    }

    @Test
    void linkTypesHaveNamesAndProtocolsComeLargestFirst() {
        model.show(FakeWorkbenchServices.report(1, "a.pcap", DatasetStatus.COMPLETE, 2));

        assertThat(model.linkTypes()).containsExactly(new Counter("Ethernet (1)", "2,007"));
        assertThat(model.protocols()).containsExactly(new Counter("UDP", "1,800"), new Counter("TCP", "200"));
    }

    @Test
    void damageIsListedWithOffsets() {
        model.show(FakeWorkbenchServices.report(2, "cut.pcap", DatasetStatus.PARTIAL, 2));

        assertThat(model.damage()).singleElement().satisfies(d -> {
            assertThat(d.offset()).isEqualTo(4242);
            assertThat(d.what()).isEqualTo("pcap record header");
        });
        assertThat(model.damageNoteProperty().get()).isEqualTo("1 damaged place");
        assertThat(model.headlineProperty().get()).isEqualTo("cut.pcap");
        assertThat(model.messageProperty().get()).isEqualTo("file ends mid-record");
        assertThat(model.statusProperty().get()).isEqualTo(DatasetStatus.PARTIAL);
    }

    @Test
    void damageNoteSaysWhenOnlyTheFirstPlacesAreKept() {
        ImportReport base = FakeWorkbenchServices.report(2, "cut.pcap", DatasetStatus.PARTIAL, 2);
        ImportReport many = new ImportReport(base.datasetId(), base.file(), base.status(), base.message(),
                base.packets(), base.ipPackets(), base.ipBytes(), base.rows(), base.nonIp(), base.truncated(),
                base.snaplenCut(), base.malformed(), base.unsupportedLink(), base.firstPacket(), base.lastPacket(),
                base.perLinkType(), base.perProtocol(), base.damage(), 517, base.seconds());

        model.show(many);

        assertThat(model.damageNoteProperty().get()).isEqualTo("First 1 of 517 damaged places");
    }

    @Test
    void headlineIsTheFileNameOfTheAbsolutePath() {
        ImportReport base = FakeWorkbenchServices.report(2, "/home/noc/captures/cut.pcap", DatasetStatus.COMPLETE, 2);
        model.show(base);
        assertThat(model.headlineProperty().get()).isEqualTo("cut.pcap");
    }

    @Test
    void showingADatasetLoadsItsStoredReport() {
        DatasetInfo dataset = services.add("stored.pcap", 5);

        model.show(dataset);

        assertThat(model.reportProperty().get().file()).isEqualTo("stored.pcap");
        assertThat(model.counters()).contains(new Counter("Rows written", "5"));
    }

    @Test
    void aDatasetWithoutReportSaysSoAndNoSelectionClears() {
        DatasetInfo orphan = new DatasetInfo(99, "orphan", "/x", "pcap", DatasetStatus.FAILED,
                FakeWorkbenchServices.START, null, null, 0, 0, 0, null);
        model.show(orphan);
        assertThat(model.headlineProperty().get()).isEqualTo("No import report stored for orphan");
        assertThat(model.statusProperty().get()).isEqualTo(DatasetStatus.FAILED);

        model.show((DatasetInfo) null);
        assertThat(model.headlineProperty().get()).isEqualTo("No dataset selected");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.counters()).isEmpty();
    }
}
