package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.hsds.HsdsDocuments;
import nl.dordrecht.triage.internal.hsds.HsdsImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triage import --format hsds}: an HSDS export (docs/HSDS.md) back into a catalogue YAML file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads an HSDS 3.0 export folder written by `triage export` (or edited since) and writes",
                "the catalogue YAML, validated like the shipped one. Problems as file:line:column: message.",
                "Exit 0 when written, 1 when the export cannot be read or the catalogue would be invalid."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TriageCommand streams;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "hsds")
    ExportCommand.Format format;

    @Option(names = "--in", paramLabel = "DIR", description = "Export folder to read (default: hsds).")
    Path in = Path.of("hsds");

    @Option(names = "--out", paramLabel = "FILE", description = "Catalogue file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(in)) {
            throw new ParameterException(spec.commandLine(), "--in: no such folder: " + in);
        }
        HsdsDocuments docs;
        try {
            docs = HsdsDocuments.read(in);
        } catch (IOException e) {
            streams.err.println("triage import: " + e.getMessage());
            return TriageCommand.FAILED;
        }
        HsdsImporter.Result imported = HsdsImporter.read(docs);
        // Check the text exactly as an engine will read it, so an invalid file is never written.
        String name = out == null ? "catalogue.yaml" : out.toString();
        CatalogueReader.Result check = CatalogueReader.read(new SourceFile(name, imported.yaml()));
        imported.problems().forEach(p -> streams.err.println(in.resolve(p.file()) + ": " + p.message()));
        check.problems().forEach(streams.err::println);
        if (!imported.problems().isEmpty() || check.catalogue() == null) {
            return TriageCommand.FAILED;
        }
        if (out == null) {
            streams.out.print(imported.yaml());
        } else {
            Files.writeString(out, imported.yaml(), StandardCharsets.UTF_8);
            streams.out.println("triage import: " + check.catalogue().offers().size() + " offers in " + out);
        }
        return 0;
    }
}
