package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.hsds.CatalogueExtras;
import nl.dordrecht.triage.internal.hsds.HsdsDocuments;
import nl.dordrecht.triage.internal.hsds.HsdsExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triage export --format hsds}: the catalogue as Open Referral HSDS 3.0 JSON (docs/HSDS.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the catalogue as Open Referral HSDS 3.0 JSON: services.json, organizations.json,",
                "taxonomy_terms.json and triage.json in one folder (docs/HSDS.md). `triage import` reads it back.",
                "Exit 0 when written, 1 when the catalogue is invalid or the folder cannot be written."})
final class ExportCommand implements Callable<Integer> {
    /** The formats there are; one today, named so a later one (CSV, say) fits the same option. */
    enum Format { hsds }

    @Spec
    CommandSpec spec;

    @ParentCommand
    TriageCommand streams;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "hsds")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write (default: hsds).")
    Path out = Path.of("hsds");

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Catalogue YAML file (default: the shipped one).")
    Path catalogue;

    @Override
    public Integer call() throws IOException {
        SourceFile file = catalogue(spec, catalogue);
        CatalogueReader.Result read = CatalogueReader.read(file);
        if (read.catalogue() == null) {
            read.problems().forEach(streams.err::println);
            return TriageCommand.FAILED;
        }
        HsdsDocuments docs = HsdsExporter.export(read.catalogue(), CatalogueExtras.read(file));
        docs.write(out);
        streams.out.println("triage export: " + docs.services().size() + " services, " + docs.organizations().size()
                + " organizations, " + docs.taxonomyTerms().size() + " taxonomy terms in " + out);
        return 0;
    }

    /** The catalogue file given, or the shipped one. */
    static SourceFile catalogue(CommandSpec spec, Path file) throws IOException {
        if (file == null) {
            return RuleSource.dordrecht().read().catalogue();
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "--catalogue: no such file: " + file);
        }
        return new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
