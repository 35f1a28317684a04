package org.flowbench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.task.TaskHandle;

/** One running task as the status bar shows it: title, progress, message, cancel. */
public final class TaskItem {
    /** Progress value meaning "unknown"; ProgressBar shows it as indeterminate. */
    public static final double INDETERMINATE = -1;

    private final String title;
    private final DoubleProperty progress = new SimpleDoubleProperty(INDETERMINATE);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty cancelling = new SimpleBooleanProperty();
    private TaskHandle handle;

    TaskItem(String title) {
        this.title = title;
    }

    void attach(TaskHandle taskHandle) {
        handle = taskHandle;
        if (cancelling.get()) handle.cancel();
    }

    /** Progress callback; runs on the callback thread. */
    void update(long done, long total, String text) {
        progress.set(total > 0 ? Math.min(1.0, (double) done / total) : INDETERMINATE);
        if (!cancelling.get() && text != null) message.set(text);
    }

    public void cancel() {
        if (cancelling.get()) return;
        cancelling.set(true);
        message.set("Cancelling...");
        if (handle != null) handle.cancel();
    }

    public String title() { return title; }

    public ReadOnlyDoubleProperty progressProperty() { return progress; }

    public ReadOnlyStringProperty messageProperty() { return message; }

    public ReadOnlyBooleanProperty cancellingProperty() { return cancelling; }
}
