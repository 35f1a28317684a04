package org.flowbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.Problem;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.Validation;
import org.flowbench.task.Nouns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code flowbench flowspec validate}: lists the rules in the order a router applies them, and their problems. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks rules against RFC 8955/8956 and prints them in evaluation order (RFC 8955 section 5.1).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be listed)", "1:at least one rule has an error", "2:usage error",
                "3:the file could not be read or parsed", "4:internal error"})
public final class FlowspecValidateCommand extends FlowspecFileCommand implements Callable<Integer> {
    @Option(names = "--dialect", paramLabel = "DIALECT", description = "Same as --from: the dialect of FILE")
    String dialect;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (dialect != null) input.from = dialect;
        RuleSet set;
        try {
            set = input.read();
        } catch (FlowspecRuleFile.Unusable e) {
            return unusable(e);
        }
        List<Problem> problems = Validation.check(set);
        List<List<Object>> order = new ArrayList<>();
        int position = 1;
        for (FlowspecRule r : set.ordered()) {
            order.add(List.of(position++, indexOf(set, r) + 1, r.name() == null ? "" : r.name(), r.withName(null).toString()));
        }
        List<List<Object>> problemRows = new ArrayList<>();
        for (Problem p : problems) {
            problemRows.add(List.of(p.ruleIndex() + 1, p.ruleName() == null ? "" : p.ruleName(), p.severity().name().toLowerCase(),
                    p.component() == null ? "" : p.component().label(), p.message()));
        }
        TableOutput table = new TableOutput(out, format.format);
        List<String> orderColumns = List.of("order", "rule", "name", "match and actions");
        List<String> problemColumns = List.of("rule", "name", "severity", "component", "problem");
        if (format.format == OutputFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("order", TableOutput.asObjects(orderColumns, order));
            doc.put("problems", TableOutput.asObjects(problemColumns, problemRows));
            table.json(doc);
        } else {
            table.rows(orderColumns, order);
            if (!problemRows.isEmpty()) {
                if (format.format == OutputFormat.TABLE) out.println();
                table.rows(problemColumns, problemRows);
            } else if (format.format == OutputFormat.TABLE) {
                out.println(Nouns.count(set.size(), "rule") + ", no problems");
            }
        }
        out.flush();
        return Validation.hasErrors(problems) ? 1 : Exit.OK;
    }

    private static int indexOf(RuleSet set, FlowspecRule rule) {
        for (int i = 0; i < set.size(); i++) if (set.rules().get(i) == rule) return i;
        return -1;
    }
}
