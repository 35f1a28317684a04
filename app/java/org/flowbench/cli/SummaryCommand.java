package org.flowbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.query.DatasetSummary;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Totals, protocols and top-10 destinations and sources of one dataset.")
final class SummaryCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset id or name")
    String dataset;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            Optional<DatasetInfo> found = DatasetArgument.find(ws, dataset, err(), "flowbench summary");
            if (found.isEmpty()) return Exit.UNREADABLE;
            DatasetSummary s = new DatasetSummaryQuery(ws).summarize(found.get().id());
            String message = reportMessage(found.get().reportJson());
            print(s, message);
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }

    private void print(DatasetSummary s, String message) {
        TableOutput output = new TableOutput(out(), format.format);
        switch (format.format) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("summary", s);
                doc.put("message", message);
                output.json(doc);
            }
            case CSV -> output.rows(List.of("section", "item", "packets", "bytes"), flat(s));
            case TABLE -> {
                PrintWriter out = out();
                out.printf("Dataset %d: %s (%s)%n", s.datasetId(), s.name(), s.status().name().toLowerCase(Locale.ROOT));
                if (message != null) out.println("Import: " + message);
                out.printf("Time:    %s .. %s%n", s.firstTs(), s.lastTs());
                out.printf("Totals:  %d packets, %d bytes, %d rows, %d flows%n%n", s.packets(), s.bytes(), s.rows(), s.flows());
                out.println("Protocols");
                List<List<Object>> protocols = new ArrayList<>();
                for (var p : s.protocols()) protocols.add(List.of(p.name(), p.packets(), p.bytes()));
                output.rows(List.of("protocol", "packets", "bytes"), protocols);
                out.println();
                out.println("Top destinations by bytes");
                output.rows(List.of("address", "packets", "bytes"), addresses(s.topDestinations()));
                out.println();
                out.println("Top sources by bytes");
                output.rows(List.of("address", "packets", "bytes"), addresses(s.topSources()));
            }
        }
        out().flush();
    }

    private static List<List<Object>> addresses(List<DatasetSummary.AddressTotal> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (var a : list) rows.add(List.of(a.address(), a.packets(), a.bytes()));
        return rows;
    }

    private static List<List<Object>> flat(DatasetSummary s) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("total", "all", s.packets(), s.bytes()));
        for (var p : s.protocols()) rows.add(List.of("protocol", p.name(), p.packets(), p.bytes()));
        for (var a : s.topDestinations()) rows.add(List.of("destination", a.address(), a.packets(), a.bytes()));
        for (var a : s.topSources()) rows.add(List.of("source", a.address(), a.packets(), a.bytes()));
        rows.add(Arrays.asList("first", s.firstTs() == null ? null : s.firstTs().toString(), null, null));
        rows.add(Arrays.asList("last", s.lastTs() == null ? null : s.lastTs().toString(), null, null));
        return rows;
    }

    /** The import's one-line outcome from the stored report, if there is one. */
    private static String reportMessage(String json) {
        if (json == null) return null;
        try {
            JsonNode n = new ObjectMapper().readTree(json);
            return n.hasNonNull("message") ? n.get("message").asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
