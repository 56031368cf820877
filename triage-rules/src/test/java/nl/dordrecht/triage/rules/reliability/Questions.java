package nl.dordrecht.triage.rules.reliability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.HelpQuestionBuilder;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;

/** A varied, reproducible mix of valid questions: the same seed always gives the same questions. */
final class Questions {
    private Questions() {
    }

    static List<HelpQuestion> mix(int count, long seed, List<String> neighbourhoods) {
        Random random = new Random(seed);
        List<HelpQuestion> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HelpQuestionBuilder b = HelpQuestion.builder().id("q" + i)
                    .topics(some(random, Topic.class, 1 + random.nextInt(3)))
                    .reluctance(some(random, Reluctance.class, random.nextInt(3)))
                    .barriers(some(random, Barrier.class, random.nextInt(2)))
                    .groups(some(random, Group.class, random.nextInt(3)))
                    .explicit(random.nextInt(4) != 0);
            if (random.nextInt(10) == 0) {
                b.safetySignals(some(random, SafetySignal.class, 1));
            }
            if (random.nextBoolean()) {
                b.complexity(Complexity.values()[random.nextInt(Complexity.values().length)]);
            }
            if (random.nextInt(4) != 0) {
                b.age(random.nextInt(100));
            }
            if (random.nextInt(3) == 0) {
                b.childAges(random.nextInt(18), random.nextInt(18));
            }
            if (random.nextBoolean()) {
                b.monthsInDordrecht(random.nextInt(60));
            }
            if (random.nextBoolean()) {
                b.neighbourhood(neighbourhoods.get(random.nextInt(neighbourhoods.size())));
            }
            if (random.nextBoolean()) {
                b.channel(Channel.values()[random.nextInt(Channel.values().length)]);
            }
            questions.add(b.build());
        }
        return questions;
    }

    private static <E extends Enum<E>> Set<E> some(Random random, Class<E> type, int n) {
        E[] all = type.getEnumConstants();
        Set<E> set = EnumSet.noneOf(type);
        while (set.size() < n) {
            set.add(all[random.nextInt(all.length)]);
        }
        return set;
    }
}
