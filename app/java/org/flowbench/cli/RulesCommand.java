package org.flowbench.cli;

import picocli.CommandLine.Command;

/** {@code flowbench rules list|show|save|export|rename|delete}: rule sets saved in the workspace. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Keeps detection and Flowspec rule sets in the workspace, as the text of their rule files.",
                "Other commands take a saved set where they take a rule file: --rules workspace:NAME "
                        + "(detect, report), --flowspec workspace:NAME (report), flowspec simulate workspace:NAME."},
        subcommands = {RulesListCommand.class, RulesShowCommand.class, RulesSaveCommand.class, RulesExportCommand.class,
                RulesRenameCommand.class, RulesDeleteCommand.class})
final class RulesCommand {
}
