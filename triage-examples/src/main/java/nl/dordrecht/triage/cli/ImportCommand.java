package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.Unclassified;
import nl.dordrecht.triage.internal.hsds.HsdsDocuments;
import nl.dordrecht.triage.internal.hsds.HsdsImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triage import --format hsds}: HSDS services (docs/HSDS.md) into a catalogue YAML file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads an HSDS 3.0 export folder written by `triage export` (or edited since), or one JSON",
                "file of HSDS services from another tool, and writes the catalogue YAML, validated like the shipped one.",
                "Only active services become offers. A service without the triage classification becomes a draft",
                "offer with TO_CLASSIFY in each field an author must still decide (docs/HSDS.md, Drafts).",
                "Exit 0 when a valid catalogue is written; 4 when a draft is written; 1 when nothing is written."})
final class ImportCommand implements Callable<Integer> {
    /** A draft catalogue was written: usable only after an author classifies the marked fields. */
    static final int DRAFT = 4;

    @Spec
    CommandSpec spec;

    @ParentCommand
    TriageCommand streams;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "hsds")
    ExportCommand.Format format;

    @Option(names = "--in", paramLabel = "DIR|FILE", description = "Export folder, or a JSON file of services (default: hsds).")
    Path in = Path.of("hsds");

    @Option(names = "--into", paramLabel = "FILE", description = "Catalogue to merge into: its offers are kept, updated or "
            + "deactivated by id, and what changed is listed. Written back unless --out is given.")
    Path into;

    @Option(names = "--out", paramLabel = "FILE", description = "Catalogue file to write (default: standard output, or the --into file).")
    Path out;

    @Override
    public Integer call() throws IOException {
        HsdsImporter.Result imported;
        try {
            imported = HsdsImporter.read(request());
        } catch (IOException | IllegalArgumentException e) {
            streams.err.println("triage import: " + e.getMessage());
            return TriageCommand.FAILED;
        }
        Path target = out != null ? out : into;
        // Check the text exactly as an engine will read it, so an invalid file is never written.
        String name = target == null ? "catalogue.yaml" : target.toString();
        CatalogueReader.Result check = CatalogueReader.read(new SourceFile(name, imported.yaml()));
        // Messages about the HSDS data name its file, the service and the field; they have no line.
        Path folder = Files.isDirectory(in) ? in : in.toAbsolutePath().getParent();
        imported.problems().forEach(p -> streams.err.println(folder.resolve(p.file()) + ": " + p.message()));
        imported.notes().forEach(p -> streams.err.println(folder.resolve(p.file()) + ": " + p.message()));
        List<Problem> errors = check.problems().stream().filter(p -> !Unclassified.reports(p)).toList();
        if (!imported.problems().isEmpty() || !errors.isEmpty()) {
            errors.forEach(p -> streams.err.println(p + imported.origin(p) + " (not written)"));
            return TriageCommand.FAILED;
        }
        write(imported, target);
        if (into != null) {
            MergeReport.print(imported.changes(), streams.out);
        }
        if (!imported.drafts().isEmpty()) {
            check.problems().forEach(p -> streams.err.println(p + imported.origin(p)));
            return DRAFT;
        }
        return 0;
    }

    private HsdsImporter.Request request() throws IOException {
        if (into != null && !Files.isRegularFile(into)) {
            throw new ParameterException(spec.commandLine(), "--into: no such file: " + into);
        }
        SourceFile base = into != null ? ExportCommand.catalogue(spec, into) : null;
        if (Files.isDirectory(in)) {
            return new HsdsImporter.Request(HsdsDocuments.read(in), HsdsDocuments.SERVICES, base, into != null);
        }
        if (!Files.isRegularFile(in)) {
            throw new ParameterException(spec.commandLine(), "--in: no such folder or file: " + in);
        }
        // Services from another tool carry no triage.json: the top level comes from the catalogue merged into, or the shipped one.
        return new HsdsImporter.Request(HsdsDocuments.readServices(in), in.getFileName().toString(),
                base != null ? base : ExportCommand.catalogue(spec, null), into != null);
    }

    private void write(HsdsImporter.Result imported, Path target) throws IOException {
        if (target == null) {
            streams.out.print(imported.yaml());
            return;
        }
        Files.writeString(target, imported.yaml(), StandardCharsets.UTF_8);
        streams.out.println("triage import: " + imported.offers() + " offers in " + target
                + (imported.drafts().isEmpty() ? "" : ", a DRAFT: " + imported.drafts().size()
                + " offer(s) to classify " + imported.drafts() + "; run `triage check` to list the fields"));
    }
}
