package org.flowbench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.Validation;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.DialectParseException;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.flowspec.dialect.Exporter;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactException;
import org.flowbench.flowspec.impact.ImpactRequest;
import org.flowbench.flowspec.impact.ImpactSimulator;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.flowspec.impact.TrafficSplit;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;

/** A Flowspec rule file simulated over one dataset (and RTBH of the victim), plus its router syntax. */
final class MitigationFigures {
    private MitigationFigures() {}

    /** Reads a rule file in any readable dialect, or a saved set; refuses one with validation errors. */
    static RuleSet read(Workspace ws, RuleSource source) throws ReportException {
        if (!source.isSaved()) return read(source.file());
        try {
            return valid(new WorkspaceRuleSets(ws).flowspec(source.savedName()), source.label());
        } catch (RuleSetException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    private static RuleSet valid(RuleSet rules, String origin) throws ReportException {
        if (Validation.hasErrors(Validation.check(rules))) {
            throw new ReportException("the Flowspec rules in " + origin + " are not valid: " + Validation.check(rules), null);
        }
        return rules;
    }

    static RuleSet read(Path file) throws ReportException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ReportException("cannot read the Flowspec rules " + file + ": " + e.getMessage(), e);
        }
        Optional<Dialect> d = Dialects.detect(text);
        if (d.isEmpty()) throw new ReportException("cannot tell the dialect of the Flowspec rules " + file, null);
        try {
            RuleSet rules = d.get().read(text);
            if (Validation.hasErrors(Validation.check(rules))) {
                throw new ReportException("the Flowspec rules in " + file + " are not valid: "
                        + Validation.check(rules), null);
            }
            return rules;
        } catch (DialectParseException e) {
            throw new ReportException(file + ":" + e.line() + ":" + e.column() + ": " + e.reason(), e);
        }
    }

    static ReportModel.Mitigation simulate(Workspace ws, DatasetInfo dataset, RuleSource file, RuleSet rules,
                                           List<Incident> incidents, ReportSpec spec, Instant from, Instant to)
            throws ReportException {
        List<Incident> own = incidents.stream()
                .filter(i -> i.datasetId() == null || i.datasetId() == dataset.id()).toList();
        IpPrefix victim = victim(rules, own);
        ImpactRequest request = ImpactRequest.of(dataset.id(), new TimeWindow(from, to), TrafficSplit.fromIncidents(own));
        if (victim != null) request = request.withVictim(victim);
        ImpactSimulator simulator = new ImpactSimulator(ws);
        String syntax = null, error = null;
        try {
            syntax = Exporter.export(rules, dialect(spec.dialect()));
        } catch (Exporter.InvalidRulesException | UnsupportedRuleException e) {
            error = e.getMessage();
        }
        try {
            if (spec.rtbh() && victim != null) {
                ImpactComparison c = simulator.compare(request, rules, victim);
                return new ReportModel.Mitigation(dataset.id(), dataset.name(), file.label(),
                        spec.dialect(), victim.toString(), c.flowspec(), c.rtbh(), syntax, error);
            }
            return new ReportModel.Mitigation(dataset.id(), dataset.name(), file.label(), spec.dialect(),
                    victim == null ? null : victim.toString(), simulator.simulate(request, rules), null, syntax, error);
        } catch (ImpactException e) {
            throw new ReportException("the Flowspec rules could not be simulated over " + dataset.name() + ": "
                    + e.getMessage(), e);
        }
    }

    static Dialect dialect(String name) throws ReportException {
        Optional<Dialect> d = Dialects.named(name);
        if (d.isEmpty() || !d.get().canWrite()) {
            throw new ReportException("unknown router dialect '" + name + "'; known: " + Dialects.writableNames(), null);
        }
        return d.get();
    }

    /** The destination prefix every rule names; else the first attack incident's victim; else null. */
    static IpPrefix victim(RuleSet rules, List<Incident> incidents) {
        IpPrefix common = null;
        boolean shared = !rules.isEmpty();
        for (FlowspecRule r : rules.rules()) {
            Optional<PrefixComponent> dst = r.destination();
            if (dst.isEmpty() || dst.get().offset() != 0 || (common != null && !common.equals(dst.get().prefix()))) {
                shared = false;
                break;
            }
            common = dst.get().prefix();
        }
        if (shared) return common;
        for (Incident i : incidents) {
            if (i.kind() != IncidentKind.ATTACK || i.victim() == null || i.victim().isBlank()) continue;
            try {
                return IpPrefix.parse(i.victim());
            } catch (IllegalArgumentException e) {
                // a victim written as a name: no prefix to blackhole
            }
        }
        return null;
    }
}
