package nl.dordrecht.triage.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code triage advise [--jsonl]}: questions on standard input, advice on standard output (shared/contract). */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Reads one question (JSON) from standard input and writes its advice to standard output.",
                "With --jsonl: one question a line in, one advice (or error object) a line out, in the same order.",
                "Exit 0 when every question was answered, 2 when any question was invalid."})
final class AdviseCommand implements Callable<Integer> {
    /** Far above any valid question (a few hundred bytes); stops hostile input early. */
    static final int MAX_QUESTION_BYTES = 64 * 1024;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9._:-]{1,64})\"");

    @Option(names = "--jsonl", description = "One question a line (JSON Lines).")
    boolean jsonLines;

    @Mixin
    EngineOptions engineOptions;

    @ParentCommand
    TriageCommand streams;

    @Override
    public Integer call() throws IOException {
        TriageEngine engine = engineOptions.engine();
        return jsonLines ? adviseEachLine(engine, new BoundedLineReader(new BufferedInputStream(streams.in),
                MAX_QUESTION_BYTES)) : adviseOne(engine);
    }

    private int adviseOne(TriageEngine engine) throws IOException {
        byte[] bytes = streams.in.readNBytes(MAX_QUESTION_BYTES + 1);
        Answer answer = answer(engine, bytes.length > MAX_QUESTION_BYTES
                ? new BoundedLineReader.Line(null, "question longer than " + MAX_QUESTION_BYTES + " bytes")
                : BoundedLineReader.decode(bytes));
        (answer.invalid() ? streams.err : streams.out).println(answer.json());
        return answer.invalid() ? TriageCommand.INVALID : 0;
    }

    private int adviseEachLine(TriageEngine engine, BoundedLineReader reader) throws IOException {
        int exit = 0;
        for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
            if (line.problem() == null && line.text().isBlank()) {
                continue;
            }
            Answer answer = answer(engine, line);
            if (answer.invalid()) {
                exit = TriageCommand.INVALID;
            }
            streams.out.println(answer.json());
        }
        return exit;
    }

    /** An advice or, when {@code invalid}, an error object; as one line of JSON. */
    private record Answer(String json, boolean invalid) {
    }

    /** The advice, or the error object with the line's id when it had one. */
    private static Answer answer(TriageEngine engine, BoundedLineReader.Line line) {
        try {
            if (line.problem() != null) {
                throw new InvalidQuestionException(null, List.of(new FieldError("", line.problem())));
            }
            return new Answer(TriageJson.write(engine.advise(TriageJson.readQuestion(line.text()))), false);
        } catch (InvalidQuestionException e) {
            if (e.questionId().isEmpty() && line.text() != null) {
                Matcher id = ID.matcher(line.text());
                if (id.find()) {
                    e = new InvalidQuestionException(id.group(1), e.errors());
                }
            }
            return new Answer(TriageJson.write(e), true);
        }
    }
}
