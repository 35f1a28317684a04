package org.flowbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flowbench.samples.SampleGenerator;
import org.flowbench.samples.SampleResult;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code flowbench import} with SIGKILL at random moments and reopens the workspace each
 * time: it opens, the interrupted import is PARTIAL (never IMPORTING, never COMPLETE with less
 * than a full import's sums), and datasets completed before keep their exact rows and sums.
 * One last run is left to finish and must match the reference import.
 */
class KillDuringImportTest {
    /** About 100 MB; a few seconds of import on 2 busy cores. */
    static final long PACKETS = 400_000;
    static final long SEED = 20_261_122L;
    static final int KILLS = 5;

    @TempDir Path dir;

    /** What a dataset holds as far as this test cares: its row and the sums over its flows. */
    record Held(DatasetStatus status, long packets, long bytes, long rows, DatasetTotals stored) {
        static Held of(Workspace ws, DatasetInfo d) throws Exception {
            return new Held(d.status(), d.packets(), d.bytes(), d.rows(), ws.datasets().storedTotals(d.id()));
        }
    }

    @Test
    void killedImportsNeverLookCompleteAndNeverHurtEarlierDatasets() throws Exception {
        SampleResult sample = new SampleGenerator().writeBenchmark(PACKETS, 1, dir);
        Path capture = sample.pcap();
        Path workspace = dir.resolve("ws.duckdb");

        ImportReport reference;
        Map<Long, Held> settled = new LinkedHashMap<>();
        try (Workspace ws = Workspace.open(workspace)) {
            reference = new ImportJob(ws).importFile(capture, Progress.NONE, Cancellation.none());
            assertThat(reference.status()).as(reference.message()).isEqualTo(DatasetStatus.COMPLETE);
            settled.put(reference.datasetId(), Held.of(ws, ws.datasets().get(reference.datasetId()).orElseThrow()));
        }
        DatasetTotals full = new DatasetTotals(null, null, reference.ipPackets(), reference.ipBytes(), reference.rows());
        // the kills are drawn over a child's own import time, from its first progress line to its exit
        // (the in-process import above runs on a warmer JVM: delays drawn from it mostly landed after the end)
        long importMillis = timedChildImport(workspace, capture);
        settled.putAll(reopenAndCheck(workspace, full, settled));

        Random random = new Random(SEED);
        int interrupted = 0;
        List<String> log = new ArrayList<>();
        for (int run = 1; run <= KILLS; run++) {
            long delay = (long) (random.nextDouble() * importMillis * 1.2);
            Child child = Child.start(workspace, capture);
            boolean killedAlive;
            try {
                child.awaitImporting(60);
                Thread.sleep(delay);
                killedAlive = child.process.isAlive();
                child.process.destroyForcibly();
                assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.process.destroyForcibly();
            }
            Map<Long, Held> now = reopenAndCheck(workspace, full, settled);
            long newest = now.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            Held last = now.get(newest);
            log.add("run " + run + ": killed " + delay + " ms after the import began, " + (killedAlive ? "alive" : "already exited")
                    + ", dataset " + newest + " " + last.status() + " with " + last.stored().rows() + " of " + full.rows() + " rows");
            if (last.status() == DatasetStatus.PARTIAL) interrupted++;
            settled.putAll(now); // every dataset is now final; later runs must leave them as they are
        }

        Child finisher = Child.start(workspace, capture);
        try {
            assertThat(finisher.process.waitFor(120, TimeUnit.SECONDS)).as("the last import finishes").isTrue();
        } finally {
            finisher.process.destroyForcibly();
        }
        assertThat(finisher.process.exitValue()).as(finisher.stderr()).isZero();
        Map<Long, Held> end = reopenAndCheck(workspace, full, settled);
        long newest = end.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(end.get(newest).status()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(end).hasSize(KILLS + 3);
        System.out.println(String.join("\n", log));
        assertThat(interrupted).as("kills that landed mid-import (seed %d):%n%s", SEED, String.join("\n", log))
                .isGreaterThanOrEqualTo(1);
    }

    private static long timedChildImport(Path workspace, Path capture) throws Exception {
        Child child = Child.start(workspace, capture);
        try {
            child.awaitImporting(60);
            long began = System.nanoTime();
            assertThat(child.process.waitFor(120, TimeUnit.SECONDS)).as("the timing import finishes").isTrue();
            assertThat(child.process.exitValue()).as(child.stderr()).isZero();
            return (System.nanoTime() - began) / 1_000_000;
        } finally {
            child.process.destroyForcibly();
        }
    }

    /**
     * Opens the workspace for writing (which repairs interrupted imports) and checks every dataset;
     * returns them all.
     */
    private static Map<Long, Held> reopenAndCheck(Path workspace, DatasetTotals full, Map<Long, Held> settled) throws Exception {
        Map<Long, Held> all = new LinkedHashMap<>();
        try (Workspace ws = Workspace.open(workspace)) {
            for (DatasetInfo d : ws.datasets().list()) {
                Held h = Held.of(ws, d);
                all.put(d.id(), h);
                if (settled.containsKey(d.id())) {
                    assertThat(h).as("dataset %d, settled before this run", d.id()).isEqualTo(settled.get(d.id()));
                    continue;
                }
                assertThat(d.status()).as("dataset %d: %s", d.id(), d.reportJson())
                        .isIn(DatasetStatus.COMPLETE, DatasetStatus.PARTIAL);
                assertThat(List.of(h.packets(), h.bytes(), h.rows())).as("dataset %d: its row against its flows", d.id())
                        .containsExactly(h.stored().packets(), h.stored().bytes(), h.stored().rows());
                if (d.status() == DatasetStatus.COMPLETE) {
                    assertThat(List.of(h.stored().packets(), h.stored().bytes(), h.stored().rows()))
                            .as("dataset %d is COMPLETE, so it holds the whole capture", d.id())
                            .containsExactly(full.packets(), full.bytes(), full.rows());
                } else {
                    assertThat(d.reportJson()).contains("import interrupted");
                    assertThat(ws.warnings()).anySatisfy(w -> assertThat(w).contains("dataset " + d.id()));
                    assertThat(h.stored().packets()).isLessThanOrEqualTo(full.packets());
                }
            }
        }
        return all;
    }

    /** {@code flowbench import} in its own JVM, with the test's classpath and the Arrow flags of surefire's argLine. */
    private static final class Child {
        final Process process;
        final StringBuffer stderr = new StringBuffer();
        final CountDownLatch importing = new CountDownLatch(1);

        private Child(Process process) {
            this.process = process;
            Thread t = new Thread(this::drain, "child-stderr");
            t.setDaemon(true);
            t.start();
        }

        static Child start(Path workspace, Path capture) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            // a killed JVM never deletes the 71 MB DuckDB library it unpacked into its temp folder:
            // this test's folder, not the machine's /tmp, holds those copies
            List<String> command = List.of(java, "-Xmx512m", "-Djava.io.tmpdir=" + workspace.getParent(),
                    "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
                    "-Darrow.enable_unsafe_memory_access=true", "-cp", System.getProperty("java.class.path"),
                    "org.flowbench.Launcher", "--workspace", workspace.toString(), "import", capture.toString());
            return new Child(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }

        /** Waits until the child has created its dataset and begun reading (its first progress line). */
        void awaitImporting(int seconds) throws InterruptedException {
            assertThat(importing.await(seconds, TimeUnit.SECONDS)).as("the child began importing: %s", stderr).isTrue();
        }

        String stderr() { return stderr.toString(); }

        private void drain() {
            char[] buf = new char[4096];
            try (Reader r = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
                int n;
                while ((n = r.read(buf)) > 0) {
                    stderr.append(buf, 0, n);
                    if (stderr.indexOf("importing ") >= 0) importing.countDown();
                }
            } catch (IOException e) {
                stderr.append("[stderr closed: ").append(e.getMessage()).append(']');
            }
        }
    }
}
