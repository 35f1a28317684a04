package org.flowbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.ExporterReport;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.CollectorSnapshot;
import org.flowbench.ingest.live.CollectorStartException;
import org.flowbench.ingest.live.ExporterAllowlist;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ingest.live.ListenAddress;
import org.flowbench.ingest.live.UdpCollector;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Receives NetFlow v5/v9, IPFIX and sFlow v5 exports on UDP and stores their records "
                + "in one dataset, until --duration ends or Ctrl-C.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the session ended cleanly (dataset complete)", "1:the session failed midway (dataset partial)",
                "2:usage error", "3:an address could not be bound or the dataset not created",
                "5:the workspace is in use by another process"})
final class CollectCommand extends WorkspaceCommand implements Callable<Integer> {
    private static final int EXPORTERS_PER_LINE = 3;

    @Mixin FormatOption format;

    @Option(names = "--listen", paramLabel = "ADDR:PORT", defaultValue = "127.0.0.1:2055",
            description = "Address and UDP port to listen on, repeatable; [::]:6343 for IPv6 (default: ${DEFAULT-VALUE}, "
                    + "loopback only: a non-loopback address lets exporters on the network reach the collector)")
    List<String> listen;

    @Option(names = "--allow", paramLabel = "PREFIX",
            description = "Accept exporters in this address or prefix only, repeatable (default: any exporter)")
    List<String> allow = List.of();

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: until Ctrl-C)")
    Long duration;

    @Option(names = "--name", description = "Dataset name (default: live and the start time)")
    String name;

    private final CountDownLatch reported = new CountDownLatch(1);

    static final List<String> COLUMNS = List.of("dataset", "status", "exporter", "datagrams", "records", "gaps",
            "unknown_templates", "malformed");

    @Override
    public Integer call() {
        CollectorSettings settings = settings();
        try (Workspace ws = openForImport()) {
            UdpCollector collector;
            try {
                collector = UdpCollector.start(ws, settings);
            } catch (CollectorStartException e) {
                err().println("flowbench: " + e.getMessage());
                err().flush();
                return Exit.UNREADABLE;
            }
            try {
                ImportReport report = run(collector, settings);
                print(report);
                return report.status() == DatasetStatus.COMPLETE ? Exit.OK : Exit.PARTIAL;
            } finally {
                reported.countDown();  // a Ctrl-C hook waits for the report to be printed
            }
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }

    private CollectorSettings settings() {
        List<ListenAddress> addresses = new ArrayList<>();
        try {
            for (String l : listen) addresses.add(ListenAddress.parse(l));
            ExporterAllowlist allowlist = ExporterAllowlist.of(allow);
            if (duration != null && duration < 0) throw new IllegalArgumentException("--duration must not be negative");
            return CollectorSettings.of(addresses).withAllowlist(allowlist).withName(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Prints counters every second until the duration ends, Ctrl-C, or a failure; then stops cleanly. */
    private ImportReport run(UdpCollector collector, CollectorSettings settings) {
        CountDownLatch stopRequested = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C: finish the dataset here, and give the main thread time to print the report
            stopRequested.countDown();
            collector.stop();
            awaitQuietly(reported, 10);
        }, "flowbench-collect-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        err().println("collecting on " + collector.source() + " into dataset " + collector.datasetId()
                + " (" + settings.allowlist() + ")"
                + (duration == null ? "; Ctrl-C stops" : "; for " + duration + " s"));
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(duration);
        try {
            while (collector.isRunning() && System.nanoTime() - end < 0) {
                long wait = Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
                if (stopRequested.await(wait, TimeUnit.MILLISECONDS)) break;
                err().println(line(collector.snapshot()));
                err().flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ImportReport report = collector.stop();
        if (stopRequested.getCount() != 0) Runtime.getRuntime().removeShutdownHook(hook);
        err().println(report.message());
        return report;
    }

    static String line(CollectorSnapshot s) {
        ExporterCounters t = s.totals();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d datagrams, %d records, %d stored",
                s.received(), t.records(), s.storedRows()));
        if (t.rejected() > 0) b.append(", ").append(t.rejected()).append(" rejected");
        if (s.queueDrops() > 0) b.append(", ").append(s.queueDrops()).append(" dropped");
        int shown = 0;
        for (ExporterCounters e : s.exporters()) {
            if (shown++ == EXPORTERS_PER_LINE) {
                b.append(" | +").append(s.exporters().size() - EXPORTERS_PER_LINE).append(" more");
                break;
            }
            b.append(String.format(Locale.ROOT, " | %s: %d dg %d rec %d gaps %d unk %d bad %d rej", e.exporter(),
                    e.datagrams(), e.records(), e.sequenceGaps(), e.unknownTemplates(), e.malformed(), e.rejected()));
        }
        if (s.failure() != null) b.append(" | failed: ").append(s.failure());
        return b.toString();
    }

    private void print(ImportReport r) {
        List<List<Object>> rows = new ArrayList<>();
        String status = r.status().name().toLowerCase(Locale.ROOT);
        long datagrams = 0, records = 0, gaps = 0, unknown = 0, malformed = 0;
        for (ExporterReport e : r.exporters()) {
            rows.add(Arrays.asList(r.datasetId(), status, e.exporter(), e.datagrams(), e.records(), e.sequenceGaps(),
                    e.unknownTemplates(), e.malformed()));
            datagrams += e.datagrams();
            records += e.records();
            gaps += e.sequenceGaps();
            unknown += e.unknownTemplates();
            malformed += e.malformed();
        }
        rows.add(Arrays.asList(r.datasetId(), status, "total", datagrams, records, gaps, unknown, malformed));
        new TableOutput(out(), format.format).rows(COLUMNS, rows);
    }

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
