package org.flowbench.ui.mitigate;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.flowbench.ui.common.Formats;

/** A table of {@link ImpactRow}s: packets matched, dropped, passed, split attack/legitimate, collateral. */
final class ImpactTable {
    private ImpactTable() {}

    static TableView<ImpactRow> of(String id, ObservableList<ImpactRow> rows, String firstColumn) {
        TableView<ImpactRow> t = new TableView<>(rows);
        t.setId(id);
        t.getColumns().add(RulesPane.column(firstColumn, 260, ImpactRow::label));
        t.getColumns().add(RulesPane.column("Matched", 80, r -> Formats.si(r.matched())));
        t.getColumns().add(RulesPane.column("Discarded", 80, r -> Formats.si(r.discarded())));
        t.getColumns().add(RulesPane.column("Rate-limited", 90, r -> Formats.si(r.rateLimited())));
        t.getColumns().add(RulesPane.column("Passed", 80, r -> Formats.si(r.passed())));
        t.getColumns().add(RulesPane.column("Attack dropped", 105, r -> Formats.si(r.attackDropped())));
        t.getColumns().add(RulesPane.column("Legit dropped", 100, r -> Formats.si(r.legitDropped())));
        t.getColumns().add(RulesPane.column("Sources hit", 85, r -> Formats.count(r.collateralSources())));
        t.getColumns().add(RulesPane.column("Destinations hit", 110, r -> Formats.count(r.collateralDestinations())));
        t.setPlaceholder(new Label("Not simulated yet"));
        return t;
    }
}
