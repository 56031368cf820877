package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.check.CheckTarget;
import nl.dordrecht.triage.internal.hsds.CatalogueExtras;
import nl.dordrecht.triage.internal.report.Coverage;
import nl.dordrecht.triage.internal.report.GapNeighbours;
import nl.dordrecht.triage.internal.report.HtmlReport;
import nl.dordrecht.triage.internal.report.LocalGaps;
import nl.dordrecht.triage.internal.report.SeedPassages;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code triage report}: one self-contained HTML page on the catalogue's positioning, coverage and gaps. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes DIR/" + ReportCommand.FILE + ": S1's findings checked against the catalogue, the positioning",
                "matrix per topic (S1 §5.3), coverage heat maps, the known gaps with the offers nearest to filling them",
                "and the searchable catalogue. One file, no network needed. Exit 0 when written, 1 on unusable rules.",
                "RULES_DIR, --rules and --scenarios are read as by check: an author's rules never get the shipped scenarios."})
final class ReportCommand implements Callable<Integer> {
    static final String FILE = "sociale-kaart.html";
    /** Where the seed documents are when run from the project folder (README: ../shared/seeds). */
    private static final Path DEFAULT_SEEDS = Path.of("..", "shared", "seeds");

    @ParentCommand
    TriageCommand streams;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the report to (default: report).")
    Path out = Path.of("report");

    @Mixin
    ScenarioOptions scenarioOptions;

    @Parameters(arity = "0..1", paramLabel = "RULES_DIR", description = "Folder with rules/, catalogue.yaml and scenarios/ (default: the shipped ones).")
    Path dir;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Seed documents, to quote each gap's passage (default: ../shared/seeds when it exists).")
    Path seeds;

    @Override
    public Integer call() throws IOException {
        CheckTarget target = engineOptions.target(dir, scenarioOptions);
        RuleSetFiles files = target.source().read();
        CatalogueReader.Result read = CatalogueReader.read(files.catalogue());
        if (read.catalogue() == null) {
            read.problems().forEach(streams.err::println);
            return TriageCommand.FAILED;
        }
        TriageEngine engine = TriageEngine.builder().rules(() -> files).build();
        List<String> questions = ScenarioReader.read(target.scenarios()).scenarios().stream().map(Scenario::questionJson).toList();
        Path seedDir = seeds != null ? seeds : Files.isDirectory(DEFAULT_SEEDS) ? DEFAULT_SEEDS : null;
        HtmlReport report = new HtmlReport(new Coverage(read.catalogue()),
                GapNeighbours.find(engine, read.catalogue(), questions),
                LocalGaps.find(engine, read.catalogue().neighbourhoods()),
                new SeedPassages(seedDir, CatalogueExtras.read(files.catalogue()).sources()),
                "catalogus " + files.catalogue().name() + " · regels " + engine.rulesetVersion().substring(0, 12));
        Files.createDirectories(out);
        Path file = out.resolve(FILE);
        Files.writeString(file, report.html(), StandardCharsets.UTF_8);
        streams.out.println("triage report: " + file);
        return 0;
    }
}
