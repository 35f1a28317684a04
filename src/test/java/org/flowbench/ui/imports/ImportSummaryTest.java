package org.flowbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbench.store.DatasetStatus;
import org.flowbench.ui.FakeWorkbenchServices;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {
    @Test
    void completeImportCountsFramesAndRows() {
        assertThat(ImportViewModel.summary("a.pcap", FakeWorkbenchServices.report(1, "a.pcap", DatasetStatus.COMPLETE, 2)))
                .isEqualTo("Imported a.pcap: 2,007 frames, 2 rows");
    }

    @Test
    void partialImportSaysHowMuchWasDamaged() {
        assertThat(ImportViewModel.summary("cut.pcap", FakeWorkbenchServices.report(3, "cut.pcap", DatasetStatus.PARTIAL, 2)))
                .isEqualTo("Imported cut.pcap in part: 2,007 frames, 2 rows; file ends mid-record");
    }

    @Test
    void failedReportGivesItsMessage() {
        var failed = new org.flowbench.ingest.ImportReport(4, "x.pcap", DatasetStatus.FAILED, "not a capture file",
                0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null, 0, 0.01);
        assertThat(ImportViewModel.summary("x.pcap", failed)).isEqualTo("Import of x.pcap failed: not a capture file");
    }
}
