package nl.dordrecht.triage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.internal.check.CheckReport;
import nl.dordrecht.triage.internal.check.Finding;
import nl.dordrecht.triage.internal.check.RuleSetCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code triage check}: everything a rule author needs to know before the rules ship. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles the rules, validates the catalogue, runs the scenarios, reports the rules no scenario "
                + "fires and lints the catalogue.", "Each finding as file:line:column: error|warning: message.",
                "Exit 0 when all pass, 1 on failures, 2 on unusable arguments."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    TriageCommand streams;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json, for CI tools.")
    Format format = Format.text;

    @Override
    public Integer call() {
        RuleSource source = engineOptions.source();
        CheckReport report = RuleSetCheck.run(source, scenarioOptions.files(), CheckCommand.class.getClassLoader());
        if (format == Format.json) {
            streams.out.println(json(report));
        } else {
            report.findings().forEach(f -> streams.out.println(f));
            streams.out.println(report.summary());
        }
        return report.ok() ? 0 : TriageCommand.FAILED;
    }

    private static String json(CheckReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("ok", report.ok());
        root.put("summary", report.summary());
        root.put("rulesetVersion", report.version());
        ObjectNode counts = root.putObject("counts");
        counts.put("errors", report.errors()).put("warnings", report.warnings()).put("rules", report.rules())
                .put("offers", report.offers()).put("scenarios", report.scenarios())
                .put("scenariosPassed", report.scenariosPassed()).put("uncoveredRules", report.uncoveredRules());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            findings.addObject().put("kind", f.kind()).put("severity", f.error() ? "error" : "warning")
                    .put("file", f.where().file()).put("line", f.where().line()).put("column", f.where().column())
                    .put("message", f.where().message());
        }
        return root.toString();
    }
}
