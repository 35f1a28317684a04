package org.flowbench.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentWorkspacesTest {
    @TempDir Path dir;

    @Test
    void theOpenedWorkspaceMovesToTheFrontWithoutDuplicates() {
        Path a = dir.resolve("a.duckdb");
        Path b = dir.resolve("b.duckdb");
        List<Path> recent = RecentWorkspaces.opened(List.of(), a);
        recent = RecentWorkspaces.opened(recent, b);
        recent = RecentWorkspaces.opened(recent, dir.resolve("sub/../a.duckdb"));
        assertThat(recent).containsExactly(a, b);
    }

    @Test
    void theListKeepsOnlyTheNewestEntries() {
        List<Path> recent = List.of();
        for (int i = 0; i < RecentWorkspaces.LIMIT + 3; i++) recent = RecentWorkspaces.opened(recent, dir.resolve(i + ".duckdb"));
        assertThat(recent).hasSize(RecentWorkspaces.LIMIT).first().isEqualTo(dir.resolve((RecentWorkspaces.LIMIT + 2) + ".duckdb"));
    }

    @Test
    void missingFilesArePruned() throws Exception {
        Path kept = Files.createFile(dir.resolve("kept.duckdb"));
        assertThat(RecentWorkspaces.existing(List.of(dir.resolve("gone.duckdb"), kept))).containsExactly(kept);
    }

    @Test
    void thePreferencesFileKeepsTheRecentListInOrder() throws Exception {
        PreferencesFile file = new PreferencesFile(dir.resolve("prefs.properties"));
        Preferences p = Preferences.DEFAULTS.withRecentWorkspaces(List.of(dir.resolve("b.duckdb"), dir.resolve("a.duckdb")));
        file.save(p);
        assertThat(file.load().recentWorkspaces()).containsExactly(dir.resolve("b.duckdb"), dir.resolve("a.duckdb"));
        assertThat(file.load()).isEqualTo(p);
    }
}
