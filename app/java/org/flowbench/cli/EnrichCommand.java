package org.flowbench.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.enrich.Enricher;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.enrich.GeoLookup;
import org.flowbench.store.AddressAnnotations;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Fills source and destination countries and AS numbers of stored datasets from "
                + "MaxMind-format databases (GeoLite2 or DB-IP). AS numbers the flow records carried are kept.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every dataset enriched", "2:no database given or configured",
                "3:a database or dataset could not be read", "5:the workspace is in use by another process"})
final class EnrichCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;
    @Mixin GeoOptions geo;

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "Dataset ids or names")
    List<String> datasets;

    @Override
    public Integer call() throws Exception {
        GeoDatabases dbs = geo.databases();
        if (dbs.isEmpty()) {
            err().println("flowbench enrich: " + dbs.whyNoCountries() + " (--country-db, --asn-db)");
            return Exit.USAGE;
        }
        try (Workspace ws = Workspace.open(workspacePath()); GeoLookup lookup = dbs.open()) {
            List<List<Object>> rows = new ArrayList<>();
            for (String name : datasets) {
                Optional<DatasetInfo> found = DatasetArgument.find(ws, name, err(), "flowbench enrich");
                if (found.isEmpty()) return Exit.UNREADABLE;
                AddressAnnotations.Outcome o = new Enricher(ws).enrich(found.get().id(), lookup);
                rows.add(Arrays.asList(found.get().id(), found.get().name(), o.addresses(), o.annotated(), o.rowsChanged()));
            }
            new TableOutput(out(), format.format).rows(List.of("dataset", "name", "addresses", "annotated", "rows_changed"), rows);
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (IOException e) {
            err().println("flowbench enrich: " + e.getMessage());
            return Exit.UNREADABLE;
        }
    }
}
