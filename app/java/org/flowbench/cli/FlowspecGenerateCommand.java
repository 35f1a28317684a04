package org.flowbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import org.flowbench.flowspec.impact.GeneratedRules;
import org.flowbench.flowspec.impact.GenerationRequest;
import org.flowbench.flowspec.impact.ImpactException;
import org.flowbench.flowspec.impact.RuleGenerator;
import org.flowbench.flowspec.impact.RuleProposal;
import org.flowbench.flowspec.impact.TrafficSplit;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Proposes discard rules for a victim from its traffic in a time range, the way Akvorado's Flowspec "
                + "example does (destination, protocol, dominant port, packet length from the 10th to the 90th percentile), "
                + "with tighter and looser variants, each simulated over the whole dataset, and its TCAM estimate.",
                "The recommended set is printed in --dialect syntax when one is given."})
final class FlowspecGenerateCommand extends FlowspecWorkspaceCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("proposal", "recommended", "rules", "tcam_entries", "attack_dropped",
            "legit_dropped", "victim_legit_dropped", "legit_sources_hit", "estimate", "description");

    @Mixin FormatOption format;

    @Mixin DatasetOption dataset;

    @Option(names = "--victim", required = true, paramLabel = "ADDR", description = "Attacked address or prefix")
    String victim;

    @Option(names = "--from", paramLabel = "TIME", description = "Start of the attack (ISO-8601, UTC; default: the dataset's start)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the attack, exclusive (default: the dataset's end)")
    String to;

    @Option(names = "--attack", paramLabel = "FILTER", description = "Narrows the victim's traffic to the attack")
    String attack;

    @Option(names = "--legit", paramLabel = "FILTER",
            description = "Legitimate traffic for scoring (default: the dataset's incidents, else the victim's traffic outside the range)")
    String legit;

    @Option(names = "--dialect", paramLabel = "NAME", description = "Print the recommended rules in this syntax: ${COMPLETION-CANDIDATES}",
            completionCandidates = FlowspecSimulateCommand.DialectNames.class)
    String dialect;

    @Override
    public Integer call() throws Exception {
        Dialect writer = null;
        if (dialect != null) {
            Optional<Dialect> d = Dialects.named(dialect).filter(Dialect::canWrite);
            if (d.isEmpty()) return fail(Exit.USAGE, "no writable dialect '" + dialect + "'; known: " + String.join(", ", Dialects.writableNames()));
            writer = d.get();
        }
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            Optional<DatasetInfo> ds = dataset.find(ws, err(), name());
            if (ds.isEmpty()) return Exit.UNREADABLE;
            long id = ds.get().id();
            TrafficSplit split = split(ws, id, legit);
            GenerationRequest request = GenerationRequest.of(id, IpPrefix.parse(victim), window(from, to)).withSplit(split);
            if (attack != null) request = request.withAttackFilter(Filters.compile(attack));
            GeneratedRules generated = new RuleGenerator(ws).generate(request);
            if (generated.proposals().isEmpty()) {
                return fail(Exit.UNREADABLE, "no traffic to " + victim + " in that range: nothing to propose");
            }
            print(generated, writer);
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (FilterSyntaxException e) {
            return fail(Exit.USAGE, e.getMessage());
        } catch (ImpactException e) {
            return fail(Exit.INTERNAL, e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(Exit.USAGE, e.getMessage());
        }
    }

    /** The proposal in the dialect, or why the dialect cannot express it. */
    private static String written(Dialect writer, RuleProposal p) {
        try {
            return writer.write(p.rules());
        } catch (UnsupportedRuleException e) {
            return "# " + writer.name() + " cannot express this proposal: " + e.getMessage() + System.lineSeparator();
        }
    }

    private void print(GeneratedRules g, Dialect writer) {
        TableOutput output = new TableOutput(out(), format.format);
        if (format.format == OutputFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("profile", g.profile());
            doc.put("recommended", g.recommended().name());
            List<Map<String, Object>> proposals = new ArrayList<>();
            for (RuleProposal p : g.proposals()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("description", p.description());
                m.put("rules", p.rules().rules().stream().map(Object::toString).toList());
                if (writer != null) m.put(writer.name(), written(writer, p));
                m.put("tcam", p.tcam());
                m.put("impact", p.impact());
                proposals.add(m);
            }
            doc.put("proposals", proposals);
            output.json(doc);
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RuleProposal p : g.proposals()) {
            rows.add(List.of(p.name(), p == g.recommended() ? "yes" : "", String.join(" | ",
                    p.rules().rules().stream().map(Object::toString).toList()), p.tcam().entries(),
                    ImpactTables.percent(p.impact().attackPacketsDroppedShare()),
                    ImpactTables.percent(p.impact().legitPacketsDroppedShare()),
                    ImpactTables.percent(p.impact().legitVictimPacketsDroppedShare()),
                    p.impact().set().legitSourcesHit(), p.impact().estimate() ? "yes" : "", p.description()));
        }
        output.rows(COLUMNS, rows);
        if (format.format == OutputFormat.TABLE && writer != null) {
            out().println();
            out().println("Recommended (" + g.recommended().name() + "), " + writer.name() + ":");
            out().print(written(writer, g.recommended()));
            out().flush();
        }
    }
}
