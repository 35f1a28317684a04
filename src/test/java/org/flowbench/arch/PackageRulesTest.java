package org.flowbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, each with its reason. */
class PackageRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.flowbench");
    }

    @Test
    void coreIsHeadless() {
        noClasses().that().resideOutsideOfPackages("org.flowbench.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..")
                .because("the core must run headless: CLI, CI and tests have no screen")
                .check(classes);
    }

    @Test
    void picocliOnlyInCli() {
        noClasses().that().resideOutsideOfPackages("org.flowbench.cli..", "org.flowbench")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("commands are a thin layer over services that the GUI uses too")
                .check(classes);
    }

    @Test
    void decodersArePure() {
        noClasses().that().resideInAnyPackage("org.flowbench.ingest.pcap..", "org.flowbench.ingest.flow..",
                        "org.flowbench.ingest.decode..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowbench.store..", "java.sql..",
                        "org.duckdb..")
                .because("decoders take bytes and return records; storage is someone else's job")
                .check(classes);
    }

    @Test
    void uiAndCliReachDuckDbOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("org.flowbench.ui..", "org.flowbench.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..")
                .because("SQL lives in store, query, filter, detect and flowspec, where it is reviewed and bound")
                .check(classes);
    }

    @Test
    void coreDoesNotKnowItsFrontEnds() {
        noClasses().that().resideOutsideOfPackages("org.flowbench.ui..", "org.flowbench.cli..", "org.flowbench")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowbench.ui..", "org.flowbench.cli..")
                .because("services serve both the GUI and the CLI and depend on neither")
                .check(classes);
    }
}
