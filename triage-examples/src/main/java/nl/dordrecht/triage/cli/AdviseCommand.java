package nl.dordrecht.triage.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    InputStream in = System.in;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException {
        TriageEngine engine = engineOptions.engine();
        BoundedLineReader reader = new BoundedLineReader(new BufferedInputStream(in), MAX_QUESTION_BYTES);
        return jsonLines ? adviseEachLine(engine, reader) : adviseOne(engine);
    }

    private int adviseOne(TriageEngine engine) throws IOException {
        byte[] bytes = in.readNBytes(MAX_QUESTION_BYTES + 1);
        BoundedLineReader.Line whole = bytes.length > MAX_QUESTION_BYTES
                ? new BoundedLineReader.Line(null, "question longer than " + MAX_QUESTION_BYTES + " bytes")
                : new BoundedLineReader(new ByteArrayInputStream(bytes.length == 0 ? bytes
                        : replaceLineEnds(bytes)), MAX_QUESTION_BYTES).next();
        Answer answer = answer(engine, whole == null ? new BoundedLineReader.Line("", null) : whole);
        (answer.invalid() ? err : out).println(answer.json());
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
            out.println(answer.json());
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

    /** A single question may span several lines: read it as one. */
    private static byte[] replaceLineEnds(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == '\n' || copy[i] == '\r') {
                copy[i] = ' ';
            }
        }
        return copy;
    }
}
