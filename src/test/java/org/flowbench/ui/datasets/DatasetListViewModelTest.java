package org.flowbench.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.FakeWorkbenchServices;
import org.junit.jupiter.api.Test;

class DatasetListViewModelTest {
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();
    private final List<String> messages = new ArrayList<>();

    @Test
    void refreshKeepsTheSelectedDataset() {
        services.add("a.pcap", 1);
        DatasetInfo b = services.add("b.pcap", 1);
        DatasetListViewModel model = new DatasetListViewModel(services, new SameThreadTaskRunner(), messages::add);
        model.refresh();
        model.selectedProperty().set(b);

        services.add("c.pcap", 1);
        model.refresh();

        assertThat(model.datasets()).hasSize(3);
        assertThat(model.selectedProperty().get().id()).isEqualTo(b.id());
    }

    @Test
    void refreshCanSelectANewDataset() {
        services.add("a.pcap", 1);
        DatasetInfo b = services.add("b.pcap", 1);
        DatasetListViewModel model = new DatasetListViewModel(services, new SameThreadTaskRunner(), messages::add);

        model.refresh(b.id());

        assertThat(model.selectedProperty().get()).isEqualTo(b);
    }

    @Test
    void onlyTheLatestRefreshIsShown() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        DatasetListViewModel model = new DatasetListViewModel(services, runner, messages::add);
        model.refresh();
        services.add("late.pcap", 1);
        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();

        runner.runAll();

        assertThat(model.datasets()).extracting(DatasetInfo::name).containsExactly("late.pcap");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
