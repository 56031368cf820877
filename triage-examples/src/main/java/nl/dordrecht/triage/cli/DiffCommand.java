package nl.dordrecht.triage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.check.CheckTarget;
import nl.dordrecht.triage.internal.diff.AdviceChange;
import nl.dordrecht.triage.internal.diff.AdviceDiff;
import nl.dordrecht.triage.internal.diff.DiffQuestion;
import nl.dordrecht.triage.internal.diff.Outcome;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triage diff OLD_DIR NEW_DIR}: which advices a change moves, before it ships. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Answers the scenarios of both versions and a generated set of questions (every topic alone and "
                + "in pairs, with ages, markers, barriers, groups and wijken; docs/RULE_AUTHORING.md) with both versions "
                + "and lists every question whose primary, route, handover or alternatives change, both values side by side.",
                "Each DIR is laid out like the shipped rules: rules/, catalogue.yaml, scenarios/. With one DIR: the "
                        + "shipped rules against it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no advice changes", "1:some advices change (listed)",
                "2:unusable arguments, or a version whose rules or catalogue cannot be used"})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    static final int CHANGES = 1;

    @ParentCommand
    TriageCommand streams;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "DIR", description = "OLD_DIR NEW_DIR, or NEW_DIR alone (against the shipped rules).")
    List<Path> dirs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        CheckTarget before = target(dirs.size() == 2 ? dirs.get(0) : null);
        CheckTarget after = target(dirs.get(dirs.size() - 1));
        TriageEngine old;
        TriageEngine now;
        try {
            old = streams.engines.apply(before.source());
            now = streams.engines.apply(after.source());
        } catch (RuleSetException e) {
            e.problems().forEach(streams.err::println);
            return TriageCommand.INVALID;
        }
        List<Scenario> scenarios = new ArrayList<>(ScenarioReader.read(before.scenarios()).scenarios());
        scenarios.addAll(ScenarioReader.read(after.scenarios()).scenarios());
        TreeSet<String> wijken = new TreeSet<>(wijken(before));
        wijken.addAll(wijken(after));
        List<DiffQuestion> questions = AdviceDiff.questions(scenarios, List.copyOf(wijken));
        List<AdviceChange> changes = AdviceDiff.compare(old, now, questions);
        String summary = summary(questions, changes);
        if (format == Format.json) {
            streams.out.println(json(before, after, questions.size(), changes, summary));
        } else {
            streams.out.println("triage diff: " + before.described() + "\n         -> " + after.described());
            changes.forEach(c -> print(c));
            streams.out.println(summary);
        }
        return changes.isEmpty() ? 0 : CHANGES;
    }

    private CheckTarget target(Path dir) {
        try {
            return dir == null ? CheckTarget.shipped(DiffCommand.class.getClassLoader(), null) : CheckTarget.folder(dir);
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static List<String> wijken(CheckTarget target) throws IOException {
        RuleSetFiles files = target.source().read();
        CatalogueReader.Result read = CatalogueReader.read(files.catalogue());
        return read.catalogue() == null ? List.of() : read.catalogue().neighbourhoods();
    }

    private void print(AdviceChange c) {
        streams.out.println();
        streams.out.println(c.question().origin() + "  " + c.question().json());
        int width = c.changed().stream().mapToInt(f -> c.before().get(f).length()).max().orElse(0);
        for (String field : c.changed()) {
            streams.out.println("  " + pad(field, 13) + pad(c.before().get(field), width) + "  ->  " + c.after().get(field));
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String summary(List<DiffQuestion> questions, List<AdviceChange> changes) {
        long generated = questions.stream().filter(q -> q.origin().equals(DiffQuestion.GENERATED)).count();
        long changedGenerated = changes.stream().filter(c -> c.question().origin().equals(DiffQuestion.GENERATED)).count();
        return "triage diff: " + changes.size() + " of " + questions.size() + " questions get another advice ("
                + (changes.size() - changedGenerated) + " of " + (questions.size() - generated) + " scenario questions, "
                + changedGenerated + " of " + generated + " generated)";
    }

    private static String json(CheckTarget before, CheckTarget after, int questions, List<AdviceChange> changes, String summary) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("before", before.described()).put("after", after.described()).put("questions", questions)
                .put("changed", changes.size()).put("summary", summary);
        ArrayNode list = root.putArray("changes");
        for (AdviceChange c : changes) {
            ObjectNode item = list.addObject().put("origin", c.question().origin()).put("question", c.question().json());
            c.changed().forEach(item.putArray("fields")::add);
            item.set("before", outcome(c.before()));
            item.set("after", outcome(c.after()));
        }
        return root.toString();
    }

    private static ObjectNode outcome(Outcome o) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        if (o.error() != null) {
            return node.put("error", o.error());
        }
        node.put("primary", o.primary()).put("route", o.route()).put("handover", o.handover());
        o.alternatives().forEach(node.putArray("alternatives")::add);
        return node;
    }
}
