package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Mark incident" form over Explore showing the dns-amplification sample; incidents kept by a fake. */
class MarkIncidentViewModelTest {
    private static final String VICTIM = "198.51.100.20";
    @TempDir static Path dir;
    private static SampleExplore sample;
    private static DatasetInfo dataset;
    private final RecordingIncidents stored = new RecordingIncidents();
    private ExploreViewModel explore;
    private IncidentsViewModel incidents;

    @BeforeAll
    static void importSample() throws Exception {
        sample = SampleExplore.importInto(dir);
        dataset = sample.dataset;
    }

    @AfterAll
    static void close() throws Exception {
        sample.close();
    }

    @BeforeEach
    void showDataset() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        explore = sample.explore(runner);
        incidents = new IncidentsViewModel(stored, runner);
        incidents.show(dataset);
    }

    @Test
    void prefillsTheRangeShownAndTheFilterWithItsSingleDestinationAsVictim() {
        Instant from = explore.range().spanFirst().plusSeconds(10), to = from.plusSeconds(30);
        explore.open("dst_addr = " + VICTIM, from, to);

        MarkIncidentViewModel form = MarkIncidentViewModel.from(explore, incidents);

        assertThat(TimeRange.parse(form.startProperty().get())).isEqualTo(from);
        assertThat(TimeRange.parse(form.endProperty().get())).isEqualTo(to);
        assertThat(form.filterProperty().get()).isEqualTo("dst_addr = " + VICTIM);
        assertThat(form.victimProperty().get()).isEqualTo(VICTIM);
        assertThat(form.kindProperty().get()).isEqualTo(IncidentKind.ATTACK);
    }

    @Test
    void theWholeSpanPrefillsTheDataRangeAndAWiderFilterNamesNoVictim() {
        explore.open("proto = udp AND dst_port = 53", null, null);

        MarkIncidentViewModel form = MarkIncidentViewModel.from(explore, incidents);

        assertThat(TimeRange.parse(form.startProperty().get())).isEqualTo(explore.resultProperty().get().grid().from());
        assertThat(TimeRange.parse(form.endProperty().get())).isEqualTo(explore.resultProperty().get().grid().to());
        assertThat(form.filterProperty().get()).isEqualTo("proto = udp AND dst_port = 53");
        assertThat(form.victimProperty().get()).isEmpty();
    }

    @Test
    void saveStoresTheIncidentForTheLeadDatasetAndListsItAgain() {
        Instant from = explore.range().spanFirst().plusSeconds(10), to = from.plusSeconds(30);
        explore.open("dst_addr = " + VICTIM, from, to);
        MarkIncidentViewModel form = MarkIncidentViewModel.from(explore, incidents);
        form.nameProperty().set("  reflection flood ");
        form.kindProperty().set(IncidentKind.BENIGN);

        assertThat(form.save()).isTrue();

        assertThat(stored.added).singleElement().satisfies(i -> {
            assertThat(i.datasetId()).isEqualTo(dataset.id());
            assertThat(i.name()).isEqualTo("reflection flood");
            assertThat(i.kind()).isEqualTo(IncidentKind.BENIGN);
            assertThat(i.start()).isEqualTo(from);
            assertThat(i.end()).isEqualTo(to);
            assertThat(i.victim()).isEqualTo(VICTIM);
            assertThat(i.filter()).isEqualTo("dst_addr = " + VICTIM);
        });
        assertThat(incidents.incidents()).extracting(Incident::name).containsExactly("reflection flood");
        assertThat(form.errorProperty().get()).isEmpty();

        incidents.delete(incidents.incidents().get(0));
        assertThat(incidents.incidents()).isEmpty();
    }

    @Test
    void refusesAFormWithoutANameOrEndingBeforeItStarts() {
        MarkIncidentViewModel form = MarkIncidentViewModel.from(explore, incidents);
        assertThat(form.save()).isFalse();
        assertThat(form.errorProperty().get()).contains("name");

        form.nameProperty().set("flood");
        form.endProperty().set(form.startProperty().get());
        assertThat(form.save()).isFalse();
        assertThat(form.errorProperty().get()).contains("end must be after the start");

        form.endProperty().set("not a time");
        assertThat(form.save()).isFalse();
        assertThat(form.errorProperty().get()).contains("is not a time");
        assertThat(stored.added).isEmpty();
    }

    @Test
    void editingKeepsTheIdAndDatasetAndReplacesTheFields() {
        Instant from = explore.range().spanFirst().plusSeconds(10), to = from.plusSeconds(30);
        stored.add(new Incident(0, null, "router work", IncidentKind.BENIGN, from, to, null, null, "every dataset"));
        incidents.refresh();
        Incident shown = incidents.incidents().get(0);

        MarkIncidentViewModel form = MarkIncidentViewModel.editing(shown, incidents);
        assertThat(form.isEdit()).isTrue();
        assertThat(TimeRange.parse(form.startProperty().get())).isEqualTo(from);
        assertThat(form.notesProperty().get()).isEqualTo("every dataset");
        form.kindProperty().set(IncidentKind.MAINTENANCE);
        form.endProperty().set(TimeRange.format(to.plusSeconds(60)));
        form.victimProperty().set(VICTIM);

        assertThat(form.save()).isTrue();

        assertThat(incidents.incidents()).singleElement().isEqualTo(new Incident(shown.id(), null, "router work",
                IncidentKind.MAINTENANCE, from, to.plusSeconds(60), VICTIM, null, "every dataset"));
        assertThat(stored.added).hasSize(1);
    }

    @Test
    void withoutADatasetNothingIsListedOrSaved() {
        incidents.show(null);
        MarkIncidentViewModel form = new MarkIncidentViewModel(incidents);
        form.nameProperty().set("flood");
        form.prefill(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:01:00Z"), "");
        assertThat(form.save()).isFalse();
        assertThat(form.errorProperty().get()).contains("Select a dataset");
        assertThat(incidents.incidents()).isEmpty();
    }

    /** Keeps incidents in memory and records what was added. */
    private static final class RecordingIncidents implements IncidentServices {
        final List<Incident> added = new ArrayList<>();
        final List<Incident> kept = new ArrayList<>();

        @Override
        public List<Incident> forDataset(long datasetId) {
            return kept.stream().filter(i -> i.datasetId() == null || i.datasetId() == datasetId).toList();
        }

        @Override
        public long add(Incident incident) {
            added.add(incident);
            long id = kept.size() + 1;
            kept.add(new Incident(id, incident.datasetId(), incident.name(), incident.kind(), incident.start(),
                    incident.end(), incident.victim(), incident.filter(), incident.notes()));
            return id;
        }

        @Override
        public void update(Incident incident) {
            kept.replaceAll(i -> i.id() == incident.id() ? incident : i);
        }

        @Override
        public void delete(long incidentId) {
            kept.removeIf(i -> i.id() == incidentId);
        }
    }
}
