package nl.dordrecht.triage.examples;

import java.nio.file.Path;
import java.time.Duration;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;

/**
 * How an application embeds triage: one engine for the whole application, shared by all threads.
 * Run: {@code java -cp triage-examples/target/triage.jar nl.dordrecht.triage.examples.EmbeddingExample [rulesDir catalogue]}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        TriageEngine engine = TriageEngine.dordrecht(); // build once at start-up: it compiles the rules
        HelpQuestion question = HelpQuestion.builder()
                .topics(Topic.LETTERS_AND_FORMS)
                .barriers(Barrier.LOW_LITERACY)
                .reluctance(Reluctance.SHAME)
                .neighbourhood("Krispijn")
                .channel(Channel.HULPLIJN_PHONE)
                .build();
        print(engine.advise(question));

        try {
            engine.advise(HelpQuestion.builder().topics(Topic.MONEY).neighbourhood("Atlantis").build());
        } catch (InvalidQuestionException e) {
            e.errors().forEach(error -> System.out.println("invalid " + error.field() + ": " + error.message()));
        }

        if (args.length == 2) {
            // Rules a policy officer edits in a folder: picked up while serving, never a broken version.
            try (LiveTriageEngine live = TriageEngine.builder()
                    .rules(RuleSource.directory(Path.of(args[0]), Path.of(args[1]))).buildLive()) {
                live.watch(Duration.ofSeconds(2));
                System.out.println("serving " + live.rulesetVersion() + "; edit the rules and call reload() or wait");
                print(live.advise(question));
            }
        }
    }

    private static void print(TriageAdvice advice) {
        System.out.println(advice.route() + " -> " + advice.primary().name() + " (" + advice.handover() + ")");
        advice.explanation().forEach(line -> System.out.println("  " + line));
        for (Suggestion alternative : advice.alternatives()) {
            System.out.println("  of: " + alternative.name() + " (drempel " + alternative.threshold() + ")");
        }
        advice.signals().forEach(s -> System.out.println("  signaal " + s.topic() + ": " + s.reason()));
        System.out.println("  gaps " + advice.gaps() + ", rules " + advice.rulesetVersion());
    }
}
