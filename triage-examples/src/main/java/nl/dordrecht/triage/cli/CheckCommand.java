package nl.dordrecht.triage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.internal.check.CatalogueLint;
import nl.dordrecht.triage.internal.check.CheckReport;
import nl.dordrecht.triage.internal.check.CheckTarget;
import nl.dordrecht.triage.internal.check.Finding;
import nl.dordrecht.triage.internal.check.RuleSetCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code triage check}: everything a rule author needs to know before the rules ship. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles the rules, validates the catalogue, runs the scenarios, reports the rules no scenario "
                + "fires and lints the catalogue.", "DIR is laid out like the shipped rules: rules/, catalogue.yaml, "
                + "scenarios/. --rules alone finds catalogue.yaml and scenarios/ beside it.",
                "Each finding as file:line:column: error|warning: message; then what was not checked, and one summary line."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:errors: the rules must not ship", "2:unusable arguments"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    TriageCommand streams;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder with rules/, catalogue.yaml and scenarios/.")
    Path dir;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json, for CI tools.")
    Format format = Format.text;

    @Option(names = "--coverage", description = "List each topic × age band without an open offer at threshold 3 or lower.")
    boolean coverage;

    @Override
    public Integer call() {
        CheckTarget target = engineOptions.target(dir, scenarioOptions);
        CheckReport report = RuleSetCheck.run(target, CheckCommand.class.getClassLoader());
        if (format == Format.json) {
            streams.out.println(json(report));
        } else {
            streams.out.println("triage check: " + report.checked());
            report.findings().forEach(f -> streams.out.println(f));
            report.notChecked().forEach(n -> streams.out.println("not checked: " + n));
            if (!report.coverage().isEmpty()) {
                streams.out.println("dekking: " + report.coverage().size() + " combinaties van onderwerp en leeftijd "
                        + "zonder open aanbod met drempel 3 of lager (triage report, \"Dekking\", tekent ze"
                        + (coverage ? ")" : "; --coverage noemt ze)"));
                if (coverage) {
                    report.coverage().forEach(g -> streams.out.println("dekking: " + g.describe()));
                }
            }
            streams.out.println(report.summary());
        }
        return report.ok() ? 0 : TriageCommand.FAILED;
    }

    private static String json(CheckReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("ok", report.ok());
        root.put("summary", report.summary());
        root.put("checked", report.checked());
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
        ArrayNode notChecked = root.putArray("notChecked");
        report.notChecked().forEach(notChecked::add);
        ArrayNode gaps = root.putArray("coverageGaps");
        for (CatalogueLint.CoverageGap g : report.coverage()) {
            gaps.addObject().put("topic", g.topic().name()).put("ageBand", g.band().label()).put("text", g.describe());
        }
        return root.toString();
    }
}
