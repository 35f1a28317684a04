package org.flowbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CaptureCounters;
import org.flowbench.ingest.live.CaptureException;
import org.flowbench.ingest.live.CaptureInterface;
import org.flowbench.ingest.live.CaptureInterfaces;
import org.flowbench.ingest.live.CaptureOptions;
import org.flowbench.ingest.live.InterfaceCapture;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Captures an interface live into one dataset (needs libpcap or Npcap, and capture rights).",
                "Counters go to stderr every second; stops after --duration or on Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:captured and stored every packet", "1:stored in part (packets dropped or damaged)",
                "2:usage error, including an invalid --bpf filter",
                "3:cannot capture (no libpcap, no such interface, no permission)",
                "5:the workspace is in use by another process"})
final class CaptureCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Option(names = "--list", description = "List the interfaces libpcap can capture on, with their addresses")
    boolean list;

    @Option(names = {"-i", "--interface"}, paramLabel = "IF", description = "Interface to capture on")
    String iface;

    @Option(names = "--bpf", paramLabel = "FILTER", description = "Capture filter in tcpdump syntax, e.g. \"udp port 53\"")
    String bpf;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: on Ctrl-C)")
    Double duration;

    @Option(names = "--name", paramLabel = "NAME", description = "Dataset name (default: IF capture TIME)")
    String name;

    @Option(names = "--promiscuous", description = "Also capture frames not addressed to this host")
    boolean promiscuous;

    static final List<String> LIST_COLUMNS = List.of("interface", "addresses", "loopback", "up", "description");

    @Override
    public Integer call() {
        if (list) return list();
        if (iface == null) return usage("give --interface IF, or --list to see the interfaces");
        if (duration != null && !(duration > 0)) return usage("--duration must be a positive number of seconds");
        CaptureOptions options;
        try {
            options = new CaptureOptions(iface, bpf, promiscuous, CaptureOptions.DEFAULT_SNAPLEN, name);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        try (Workspace ws = openForImport()) {
            InterfaceCapture capture;
            try {
                capture = InterfaceCapture.start(ws, options);
            } catch (CaptureException e) {
                return cannotCapture(e);
            }
            ImportReport report = runUntilStopped(capture);
            printReport(report);
            return report.status() == DatasetStatus.COMPLETE ? Exit.OK : Exit.PARTIAL;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }

    /** Prints counters every second; Ctrl-C runs the hook, which finishes the dataset before the JVM exits. */
    private ImportReport runUntilStopped(InterfaceCapture capture) {
        Thread hook = new Thread(capture::stop, "capture shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + (long) (duration * 1e9);
        err().println("capturing on " + capture.options().source() + " into dataset " + capture.datasetId()
                + (duration == null ? "; Ctrl-C stops" : ""));
        err().flush();
        try {
            while (capture.isRunning() && System.nanoTime() < end) {
                long left = end - System.nanoTime();
                Thread.sleep(Math.max(1, Math.min(1000, left / 1_000_000)));
                printCounters(capture.counters());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ImportReport report = capture.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived meanwhile; the hook's stop() returns at once
        }
        return report;
    }

    private void printCounters(CaptureCounters c) {
        err().printf(Locale.ROOT, "%6.1f s: %d frames, %d IP, %d non-IP, %d damaged, %d dropped by the kernel, "
                        + "%d rows stored (%d packets, %d bytes)%n", c.seconds(), c.received(), c.ipPackets(), c.nonIp(),
                c.truncated() + c.malformed(), c.kernelDropped() + c.interfaceDropped(), c.rowsStored(),
                c.packetsStored(), c.bytesStored());
        err().flush();
    }

    private void printReport(ImportReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(r.datasetId(), r.file(), r.status().name().toLowerCase(Locale.ROOT), r.packets(),
                r.ipPackets(), r.ipBytes(), r.rows(), Math.round(r.seconds() * 1000) / 1000.0, r.message()));
        new TableOutput(out(), format.format).rows(List.of("dataset", "source", "status", "frames", "ip_packets",
                "bytes", "rows", "seconds", "message"), rows);
    }

    private int list() {
        List<CaptureInterface> all;
        try {
            all = CaptureInterfaces.list();
        } catch (CaptureException e) {
            return cannotCapture(e);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CaptureInterface i : all) {
            rows.add(Arrays.asList(i.name(), String.join(" ", i.addresses()), i.loopback(), i.up(), i.description()));
        }
        new TableOutput(out(), format.format).rows(LIST_COLUMNS, rows);
        return Exit.OK;
    }

    private int cannotCapture(CaptureException e) {
        err().println("flowbench: " + e.getMessage());
        err().flush();
        return e.reason() == CaptureException.Reason.BAD_FILTER ? Exit.USAGE : Exit.UNREADABLE;
    }

    private int usage(String message) {
        err().println("flowbench capture: " + message);
        err().flush();
        return Exit.USAGE;
    }
}
