package org.flowbench.ui;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The work areas as tabs, the selected one kept equal to the view model's work area both ways. */
final class WorkAreaTabs {
    private WorkAreaTabs() {}

    static TabPane create(ObjectProperty<WorkArea> selected, Map<WorkArea, Node> content) {
        TabPane tabs = new TabPane();
        tabs.setId("work-areas");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkArea area : WorkArea.values()) {
            Node node = content.get(area);
            if (node == null) continue;
            Tab tab = new Tab(area.title(), node);
            tab.setId("tab-" + area.name().toLowerCase(java.util.Locale.ROOT));
            tab.setUserData(area);
            tabs.getTabs().add(tab);
        }
        select(tabs, selected.get());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) selected.set((WorkArea) tab.getUserData());
        });
        selected.addListener((obs, old, area) -> select(tabs, area));
        return tabs;
    }

    private static void select(TabPane tabs, WorkArea area) {
        tabs.getTabs().stream().filter(t -> t.getUserData() == area).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
