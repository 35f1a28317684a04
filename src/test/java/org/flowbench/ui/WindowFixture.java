package org.flowbench.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.flowbench.store.Workspace;
import org.flowbench.ui.common.FxTaskRunner;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole workbench window for a TestFX test, headless (Monocle: see the pom's surefire.headless):
 * before each test it opens the services, shows {@link WorkbenchWindow} on TestFX's primary stage
 * with a real {@link FxTaskRunner}; after it, closes all of that again. It stands in for TestFX's
 * ApplicationExtension and, like it, gives test methods an {@code FxRobot robot} parameter:
 * <pre>{@code @RegisterExtension final WindowFixture window = WindowFixture.onWorkspace(() -> dir.resolve("ws.duckdb"));}</pre>
 * The services are opened in the test's thread, before the window, so a slow import or an
 * assumption there never runs on the FX thread.
 */
public final class WindowFixture implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final Callable<? extends WorkbenchServices> open;
    private final IntConsumer exit;
    private final FxRobot robot = new FxRobot();
    private WorkbenchServices services;
    private FxTaskRunner runner;
    private WorkbenchWindow window;

    private WindowFixture(Callable<? extends WorkbenchServices> open, IntConsumer exit) {
        this.open = open;
        this.exit = exit;
    }

    /** The window over the workspace file {@code workspace} names when the test starts (it may prepare the file). */
    public static WindowFixture onWorkspace(Callable<Path> workspace) {
        return new WindowFixture(() -> StoreWorkbenchServices.open(workspace.call()), status -> { });
    }

    /**
     * The window over a new workspace file in {@code dir} for each test, which {@code fill} writes first.
     * {@code dir} is read as the test instance is made, before JUnit fills instance fields: use a static {@code @TempDir}.
     */
    public static WindowFixture onNewWorkspace(Path dir, WorkspaceFill fill) {
        return onWorkspace(() -> {
            Path file = dir.resolve("ws-" + System.nanoTime() + ".duckdb");
            try (Workspace ws = Workspace.open(file)) {
                fill.into(ws);
            }
            return file;
        });
    }

    /** What a test puts in its new workspace: imports, incidents, rule sets. */
    public interface WorkspaceFill {
        void into(Workspace workspace) throws Exception;
    }

    /** The window over the services {@code open} returns when each test starts; {@code exit} sees the window's quit status. */
    public static WindowFixture on(Callable<? extends WorkbenchServices> open, IntConsumer exit) {
        return new WindowFixture(open, exit);
    }

    public WorkbenchViewModel model() { return window.model(); }

    public MainWindowView view() { return window.view(); }

    public Scene scene() { return window.scene(); }

    public WorkbenchServices services() { return services; }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        services = open.call();
        runner = new FxTaskRunner();
        window = FxToolkit.setupFixture(() -> WorkbenchWindow.show(stage, services, runner, null, null, exit));
    }

    /**
     * Hides the window first, so no click, key or pulse starts more work; then stops the workers
     * (they are interrupted and awaited briefly); the workspace closes last, when nothing can
     * query it any more.
     */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            FxToolkit.cleanupStages();
            FxToolkit.cleanupInput(robot);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            if (runner != null) runner.close();
            if (services != null) services.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }
}
