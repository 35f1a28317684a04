package org.flowbench.ui.mitigate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.TaskRunner;

/**
 * The Mitigate work area: rule editor, generation, simulation and export over the dataset the
 * window has selected. The parts share the dataset, the victim and the legitimate-traffic filter.
 */
public final class MitigateViewModel {
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
    private final StringProperty legitFilter = new SimpleStringProperty("");
    private final RulesViewModel rules = new RulesViewModel();
    private final GenerateViewModel generate;
    private final SimulateViewModel simulate;
    private final ExportViewModel export;

    public MitigateViewModel(MitigationServices services, TaskRunner runner) {
        generate = new GenerateViewModel(services, runner, dataset::get, legitFilter, rules::load);
        simulate = new SimulateViewModel(services, runner, dataset::get, rules, generate.victimProperty(), legitFilter);
        export = new ExportViewModel(runner, rules);
        dataset.addListener((obs, old, now) -> generate.prefill(now));
    }

    /**
     * Another area asks for rules against {@code victim} during [from, to): fills the Generate
     * step with them and generates at once (a victim suggestion still loading is ignored).
     */
    public void open(String victim, java.time.Instant from, java.time.Instant to, String origin) {
        generate.request(victim, from, to, origin);
    }

    /** The window's selected dataset; changing it prefills the victim and range. */
    public ObjectProperty<DatasetInfo> datasetProperty() { return dataset; }

    /** A filter marking legitimate traffic; blank means "the dataset's incidents decide". */
    public StringProperty legitFilterProperty() { return legitFilter; }

    public RulesViewModel rules() { return rules; }

    public GenerateViewModel generate() { return generate; }

    public SimulateViewModel simulate() { return simulate; }

    public ExportViewModel export() { return export; }
}
