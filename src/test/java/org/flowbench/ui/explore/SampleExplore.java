package org.flowbench.ui.explore;

import java.nio.file.Path;
import java.util.List;
import org.flowbench.filter.SavedFilters;
import org.flowbench.ingest.ImportJob;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.StoreExploreServices;
import org.flowbench.ui.explore.filter.FilterEditorViewModel;

/** The dns-amplification sample imported into a workspace under {@code dir}, and Explore over it, for view-model tests. */
final class SampleExplore implements AutoCloseable {
    /** The scenario's victim. */
    static final String VICTIM = "198.51.100.20";

    final Workspace workspace;
    final StoreExploreServices services;
    final DatasetInfo dataset;
    private final Path dir;

    private SampleExplore(Path dir) throws Exception {
        this.dir = dir;
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        dataset = workspace.datasets().get(importSample(workspace)).orElseThrow();
        services = new StoreExploreServices(workspace);
    }

    /** For window tests that open the workspace themselves: {@code dir/ws.duckdb} holding the sample, closed. */
    static void writeWorkspace(Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            importSample(ws);
        }
    }

    /** For those window tests: {@code dir/ws.duckdb}, with user.home moved to {@code dir} so saved filters go there too. */
    static Path workspaceAtHome(Path dir) {
        System.setProperty("user.home", dir.toString());
        return dir.resolve("ws.duckdb");
    }

    private static long importSample(Workspace ws) throws Exception {
        return new ImportJob(ws).importFile(Path.of("pcap-samples/dns-amplification.pcap"), Progress.NONE,
                Cancellation.none()).datasetId();
    }

    static SampleExplore importInto(Path dir) throws Exception {
        return new SampleExplore(dir);
    }

    /** A fresh Explore on the sample, running its tasks on the calling thread. */
    ExploreViewModel explore(SameThreadTaskRunner runner) {
        ExploreViewModel model = new ExploreViewModel(services, runner,
                new FilterEditorViewModel(runner, new SavedFilters(dir.resolve("filters.json"))));
        model.show(List.of(dataset));
        return model;
    }

    @Override
    public void close() throws Exception {
        services.close();
        workspace.close();
    }
}
