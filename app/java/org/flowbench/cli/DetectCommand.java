package org.flowbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.detect.DatasetIncidents;
import org.flowbench.detect.DetectException;
import org.flowbench.detect.GroupKey;
import org.flowbench.detect.Presets;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleFileException;
import org.flowbench.detect.RuleFiles;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.Scorer;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Simulator;
import org.flowbench.detect.Suggester;
import org.flowbench.detect.Suggestion;
import org.flowbench.detect.Sweep;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepResult;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.store.Incident;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import org.flowbench.task.Cancellation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Replays detection rules over datasets: alerts, a threshold sweep, scores against the datasets'"
                + " incidents, or per-host baselines with suggested thresholds.",
                "Presets: training-labs (default), fastnetmon, akvorado."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad rules file, sweep or option", "3:a dataset or rules file could not be read",
                "4:internal error", "5:the workspace is in use by another process"})
final class DetectCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "Dataset ids or names, replayed as one stream")
    List<String> datasets;

    @ArgGroup(exclusive = true)
    RulesSource rules;

    static final class RulesSource {
        @Option(names = "--rules", paramLabel = "FILE",
                description = "Rule file: JSON, or YAML when it ends in .yaml or .yml; workspace:NAME for a saved rule set")
        String file;
        @Option(names = "--preset", paramLabel = "NAME", description = "A shipped rule set") String preset;
    }

    @Option(names = "--sweep", paramLabel = "[RULE:]METRIC=FROM:TO:STEP",
            description = "Vary a threshold over a range; twice for a grid (e.g. udp_bps=10k:100k:10k)")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--score", description = "Score alerts against the datasets' incidents") boolean score;

    @Option(names = "--suggest", description = "Per-key baselines over quiet periods and suggested thresholds, per rule")
    boolean suggest;

    @Option(names = "--margin", defaultValue = "2", description = "Suggested threshold = quiet maximum x margin (default: ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--suggest-key", paramLabel = "KEY", split = ",",
            description = "Group suggestions by these key parts instead of the rule's (e.g. dst_addr/24 for host groups)")
    List<String> suggestKey;

    @Override
    public Integer call() {
        RuleSet set;
        List<SweepAxis> axes = new ArrayList<>();
        try {
            set = ruleSet();
            for (String s : sweeps) axes.add(SweepAxis.parse(s));
            if (axes.size() > 2) return usage("--sweep takes one axis, or two for a grid");
            if (!axes.isEmpty() && suggest) return usage("--sweep and --suggest are separate runs");
        } catch (RuleFileException | IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (RuleSetException e) {
            err().println("flowbench detect: " + e.getMessage());
            return RuleSetArgument.exitCode(e);
        } catch (IOException e) {
            err().println("flowbench detect: " + e.getMessage());
            return Exit.UNREADABLE;
        }
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            Optional<List<Long>> found = DatasetArgument.ids(ws, datasets, err(), "flowbench detect");
            if (found.isEmpty()) return Exit.UNREADABLE;
            List<Long> ids = found.get();
            DetectOutput output = new DetectOutput(new TableOutput(out(), format.format), format.format);
            if (suggest) {
                Map<String, List<Suggestion>> byRule = new LinkedHashMap<>();
                List<Incident> incidents = incidents(ws, ids);
                for (Rule r : set.rules()) {
                    GroupKey key = suggestKey == null ? r.key() : GroupKey.parse(suggestKey);
                    byRule.put(r.name(), new Suggester(ws).suggest(ids, r.scope(), r.window(), key, incidents, margin,
                            Suggester.DEFAULT_LIMIT));
                }
                output.suggestions(byRule);
            } else if (!axes.isEmpty()) {
                SweepResult r = new Sweep(ws).run(ids, set, axes.get(0), axes.size() > 1 ? axes.get(1) : null,
                        incidents(ws, ids), new Cancellation());
                output.sweep(r);
            } else {
                SimulationResult r = new Simulator(ws).run(ids, set);
                output.alerts(r, score ? Scorer.score(r.alerts(), incidents(ws, ids), r.span()) : null);
            }
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (DetectException e) {
            err().println("flowbench detect: " + e.getMessage());
            return e.getMessage().startsWith("scope") || e.getMessage().startsWith("sweep ") ? Exit.USAGE : Exit.INTERNAL;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (Exception e) {
            err().println("flowbench detect: " + e.getMessage());
            return Exit.INTERNAL;
        }
    }

    private RuleSet ruleSet() throws IOException, RuleFileException, RuleSetException {
        if (rules != null && rules.file != null) {
            Optional<String> stored = RuleSetArgument.storedName(rules.file);
            if (stored.isPresent()) return RuleSetArgument.detection(workspacePath(), stored.get());
            return RuleFiles.read(Path.of(rules.file));
        }
        return Presets.load(rules != null && rules.preset != null ? rules.preset : Presets.DEFAULT);
    }

    private static List<Incident> incidents(Workspace ws, List<Long> ids) throws DetectException {
        return DatasetIncidents.of(ws, ids);
    }

    private int usage(String message) {
        err().println("flowbench detect: " + message);
        err().flush();
        return Exit.USAGE;
    }
}
