package org.flowbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.Problem;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.Validation;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactException;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.ImpactRequest;
import org.flowbench.flowspec.impact.ImpactSimulator;
import org.flowbench.flowspec.impact.NotSimulableException;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.flowspec.impact.TrafficSplit;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs a Flowspec rule set over a dataset and reports, per rule and for the set, the packets and bytes "
                + "matched, discarded, rate-limited (per second) and passed, split into attack and legitimate traffic "
                + "(the dataset's incidents, or --legit), with the collateral damage.",
                "Rules are evaluated in RFC 8955 section 5.1 order; the first match ends evaluation unless its "
                        + "traffic-action sets the terminal bit."})
final class FlowspecSimulateCommand extends FlowspecWorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "RULES", description = "Rules file, or workspace:NAME for a saved Flowspec rule set")
    String rulesFile;

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "Syntax of the rules file: ${COMPLETION-CANDIDATES} (default: detected)",
            completionCandidates = DialectNames.class)
    String dialect;

    @Mixin DatasetOption dataset;

    @Option(names = "--from", paramLabel = "TIME", description = "Start of the range (ISO-8601, UTC; default: the dataset's start)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the range, exclusive (default: the dataset's end)")
    String to;

    @Option(names = "--legit", paramLabel = "FILTER",
            description = "Filter selecting legitimate traffic; everything else is attack (default: the dataset's attack incidents)")
    String legit;

    @Option(names = "--rtbh", description = "Also simulate blackholing the victim (RFC 7999, 65535:666) and show both")
    boolean rtbh;

    @Option(names = "--victim", paramLabel = "PREFIX",
            description = "Victim prefix for --rtbh and the before/after series (default: the rules' common destination)")
    String victim;

    static final class DialectNames extends ArrayList<String> {
        DialectNames() { super(Dialects.names()); }
    }

    @Override
    public Integer call() throws Exception {
        Optional<String> stored = RuleSetArgument.storedName(rulesFile);
        if (stored.isPresent()) {
            try {
                return simulate(RuleSetArgument.flowspec(workspacePath(), stored.get()));
            } catch (WorkspaceException e) {
                return cannotOpen(e);
            } catch (RuleSetException e) {
                return fail(RuleSetArgument.exitCode(e), e.getMessage());
            }
        }
        RuleSet rules;
        try {
            rules = FlowspecRuleFile.read(rulesFile, dialect, "--dialect");
        } catch (FlowspecRuleFile.Unusable e) {
            return fail(e.exitCode(), e.getMessage());
        }
        return simulate(rules);
    }

    private int simulate(RuleSet rules) throws Exception {
        List<Problem> problems = Validation.check(rules);
        for (Problem p : problems) err().println(name() + ": " + p);
        if (Validation.hasErrors(problems)) return fail(Exit.UNREADABLE, "the rules are not valid; nothing simulated");
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            Optional<DatasetInfo> ds = dataset.find(ws, err(), name());
            if (ds.isEmpty()) return Exit.UNREADABLE;
            long id = ds.get().id();
            TimeWindow window = window(from, to);
            TrafficSplit split = split(ws, id, legit);
            IpPrefix target = victim != null ? IpPrefix.parse(victim) : commonDestination(rules);
            if (rtbh && target == null) {
                return fail(Exit.USAGE, "--rtbh needs --victim PREFIX: the rules do not share one destination prefix");
            }
            ImpactRequest request = ImpactRequest.of(id, window, split);
            ImpactSimulator simulator = new ImpactSimulator(ws);
            if (rtbh) {
                print(simulator.compare(request, rules, target));
            } else {
                print(simulator.simulate(target == null ? request : request.withVictim(target), rules), null);
            }
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (FilterSyntaxException e) {
            return fail(Exit.USAGE, "--legit: " + e.getMessage());
        } catch (NotSimulableException e) {
            return fail(Exit.UNREADABLE, e.getMessage());
        } catch (ImpactException e) {
            return fail(Exit.INTERNAL, e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(Exit.USAGE, e.getMessage());
        }
    }

    private void print(ImpactComparison c) {
        print(c.flowspec(), c.rtbh());
    }

    private void print(ImpactReport flowspec, ImpactReport blackhole) {
        TableOutput output = new TableOutput(out(), format.format);
        if (format.format == OutputFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("flowspec", flowspec);
            if (blackhole != null) doc.put("rtbh", blackhole);
            output.json(doc);
            return;
        }
        List<List<Object>> rows = new ArrayList<>(ImpactTables.rows("flowspec", flowspec));
        if (blackhole != null) rows.addAll(ImpactTables.rows("rtbh", blackhole).subList(blackhole.rules().size(), blackhole.rules().size() + 1));
        output.rows(ImpactTables.COLUMNS, rows);
        if (format.format == OutputFormat.TABLE) {
            out().println();
            ImpactTables.summary(out(), flowspec);
            if (blackhole != null) ImpactTables.summary(out(), blackhole);
            out().flush();
        }
    }

    /** The destination prefix every rule names, if they all name the same one. */
    static IpPrefix commonDestination(RuleSet rules) {
        IpPrefix common = null;
        for (FlowspecRule r : rules.rules()) {
            Optional<PrefixComponent> dst = r.destination();
            if (dst.isEmpty() || dst.get().offset() != 0) return null;
            if (common != null && !common.equals(dst.get().prefix())) return null;
            common = dst.get().prefix();
        }
        return common;
    }
}
