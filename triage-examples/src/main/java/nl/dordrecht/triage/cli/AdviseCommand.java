package nl.dordrecht.triage.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.json.TriageJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code triage advise [--jsonl]}: questions on standard input, advice on standard output (shared/contract). */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Reads one question (JSON) from standard input and writes its advice to standard output.",
                "With --jsonl: one question a line in, one advice or error object a line out, in the same order; "
                        + "a line that fails for any reason gets an error object in its place and the run goes on.",
                "With --format text: the advice in Dutch as a volunteer reads it aloud, and an invalid question's "
                        + "errors as text; with --jsonl too, one block a question, headed by its line number and "
                        + "apart by an empty line, a failed line's errors in its place."},
        exitCodeListHeading = "Exit codes (with several failures, the highest):%n",
        exitCodeList = {"0:every question was answered",
                "1:the rules or catalogue cannot be used",
                "2:a question was invalid: its error object is on stderr, or with --jsonl in its line's place",
                "3:the engine failed on a question (an internal error), reported the same way"})
final class AdviseCommand implements Callable<Integer> {
    /** Far above any valid question (a few hundred bytes); stops hostile input early. */
    static final int MAX_QUESTION_BYTES = 64 * 1024;
    static final String INTERNAL_ERROR_MESSAGE = "internal error: the engine could not advise this question; "
            + "it was not the question's fault";

    @Option(names = "--jsonl", description = "One question a line (JSON Lines).")
    boolean jsonLines;

    enum Format { json, text }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (default: the contract's advice and error objects) or text (Dutch, to read aloud).")
    Format format = Format.json;

    /** Set for --format text. */
    private AdviceText text;

    @Mixin
    EngineOptions engineOptions;

    @ParentCommand
    TriageCommand streams;

    @Override
    public Integer call() throws IOException {
        RuleSource source = engineOptions.source();
        TriageEngine engine = streams.engines.apply(source);
        if (format == Format.text) {
            // The engine has read this catalogue already, so it is valid; the text needs its gaps' descriptions.
            text = new AdviceText(CatalogueReader.read(source.read().catalogue()).catalogue().gapDescriptions());
        }
        return jsonLines ? adviseEachLine(engine, new BoundedLineReader(new BufferedInputStream(streams.in),
                MAX_QUESTION_BYTES)) : adviseOne(engine);
    }

    private int adviseOne(TriageEngine engine) throws IOException {
        byte[] bytes = streams.in.readNBytes(MAX_QUESTION_BYTES + 1);
        Answer answer = answer(engine, bytes.length > MAX_QUESTION_BYTES
                ? new BoundedLineReader.Line(null, "question longer than " + MAX_QUESTION_BYTES + " bytes")
                : BoundedLineReader.decode(bytes), "the question");
        (answer.exit() == 0 ? streams.out : streams.err).println(render(answer, 0));
        return answer.exit();
    }

    private int adviseEachLine(TriageEngine engine, BoundedLineReader reader) throws IOException {
        int exit = 0;
        int number = 0;
        int answered = 0;
        for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
            number++;
            if (line.problem() == null && line.text().isBlank()) {
                continue;
            }
            Answer answer = answer(engine, line, "line " + number);
            exit = Math.max(exit, answer.exit());
            if (format == Format.text && answered++ > 0) {
                streams.out.println();
            }
            streams.out.println(render(answer, number));
        }
        return exit;
    }

    /** An advice (exit 0), or the error object of a question that got none (exit 2 or 3). */
    private record Answer(TriageAdvice advice, InvalidQuestionException error, int exit) {
    }

    /** The answer in the chosen format; {@code line} is 0 for a single question. */
    private String render(Answer answer, int line) {
        if (format == Format.json) {
            return answer.advice() != null ? TriageJson.write(answer.advice()) : TriageJson.write(answer.error());
        }
        String id = answer.advice() != null ? answer.advice().id() : answer.error().questionId().orElse(null);
        String question = id == null ? "" : " · vraag " + id;
        return answer.advice() != null ? text.write(answer.advice(), (line == 0 ? "Advies" : "Regel " + line) + question)
                : AdviceText.write(answer.error(), (line == 0 ? "De vraag" : "Regel " + line) + question);
    }

    /** The advice; the error object with the question's id when it had a valid one; never an exception. */
    private Answer answer(TriageEngine engine, BoundedLineReader.Line line, String where) {
        HelpQuestion question = null;
        try {
            if (line.problem() != null) {
                throw new InvalidQuestionException(null, List.of(new FieldError("", line.problem())));
            }
            question = TriageJson.readQuestion(line.text());
            return new Answer(engine.advise(question), null, 0);
        } catch (InvalidQuestionException e) {
            return new Answer(null, e, TriageCommand.INVALID);
        } catch (RuntimeException e) {
            // Only the exception's type and place: its message may quote the question.
            StackTraceElement[] frames = e.getStackTrace();
            streams.err.println("triage: " + where + ": internal error " + e.getClass().getName()
                    + (frames.length > 0 ? " at " + frames[0] : ""));
            // The contract has one error shape; the question itself was valid, so its id is known.
            return new Answer(null, new InvalidQuestionException(question == null ? null : question.id(),
                    List.of(new FieldError("", INTERNAL_ERROR_MESSAGE))), TriageCommand.INTERNAL_ERROR);
        }
    }
}
