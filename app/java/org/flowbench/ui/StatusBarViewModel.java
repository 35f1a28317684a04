package org.flowbench.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;

/** The running tasks and the last status message, for the status bar. */
public final class StatusBarViewModel {
    private final TaskRunner runner;
    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();
    private final ObservableList<TaskItem> readOnlyTasks = FXCollections.unmodifiableObservableList(tasks);
    private final StringProperty message = new SimpleStringProperty("Ready");

    public StatusBarViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    /** Runs a task that the user sees in the status bar and can cancel there. */
    public <T> TaskItem runVisible(BackgroundTask<T> task) {
        TaskItem item = new TaskItem(task.title());
        tasks.add(item);
        task.onProgress(item::update).onFinally(() -> tasks.remove(item));
        TaskHandle handle = runner.run(task);
        item.attach(handle);
        return item;
    }

    /** Asks the newest running task to stop (the Escape key). */
    public void cancelNewest() {
        if (!tasks.isEmpty()) tasks.get(tasks.size() - 1).cancel();
    }

    public void show(String text) {
        message.set(text);
    }

    public ObservableList<TaskItem> tasks() { return readOnlyTasks; }

    public ReadOnlyStringProperty messageProperty() { return message; }
}
