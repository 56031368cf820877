package nl.dordrecht.triage.internal.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Adjustment;
import nl.dordrecht.triage.fact.Alternative;
import nl.dordrecht.triage.fact.Candidate;
import nl.dordrecht.triage.fact.Classified;
import nl.dordrecht.triage.fact.FinalRoute;
import nl.dordrecht.triage.fact.Gap;
import nl.dordrecht.triage.fact.Guidance;
import nl.dordrecht.triage.fact.HandoverChange;
import nl.dordrecht.triage.fact.HiddenTopic;
import nl.dordrecht.triage.fact.Named;
import nl.dordrecht.triage.fact.NoThreshold;
import nl.dordrecht.triage.fact.NotPrimary;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.OnRoute;
import nl.dordrecht.triage.fact.Preference;
import nl.dordrecht.triage.fact.Question;
import nl.dordrecht.triage.fact.Reason;
import nl.dordrecht.triage.fact.Role;
import nl.dordrecht.triage.fact.RouteDecision;
import nl.dordrecht.triage.fact.RouteOption;
import nl.dordrecht.triage.fact.RouteOverride;
import nl.dordrecht.triage.fact.Unfit;

/** The names a rule may use: fact types (the vocabulary and the rules' own {@code declare}s), their fields, codes. */
final class RuleVocabulary {
    /** The rule vocabulary ({@code nl.dordrecht.triage.fact}) and the codes rules compare with. */
    static final List<Class<?>> TYPES = List.of(Adjustment.class, Alternative.class, Candidate.class, Classified.class,
            FinalRoute.class, Gap.class, Guidance.class, HandoverChange.class, HiddenTopic.class, Named.class,
            NoThreshold.class, NotPrimary.class, Offer.class, OnRoute.class, Preference.class, Question.class,
            Reason.class, Role.class, RouteDecision.class, RouteOption.class, RouteOverride.class, Unfit.class,
            Topic.class, Group.class, Reluctance.class, Barrier.class, Channel.class, Complexity.class, Route.class,
            Handover.class, SafetySignal.class);
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(\\w+)");

    private RuleVocabulary() {
    }

    /** Every fact type a pattern may match: the vocabulary and each {@code declare X} in the rule files. */
    static Set<String> factTypes(List<SourceFile> rules) {
        Set<String> names = new TreeSet<>(declared(rules));
        TYPES.forEach(t -> names.add(t.getSimpleName()));
        return names;
    }

    static Set<String> declared(List<SourceFile> rules) {
        Set<String> names = new TreeSet<>();
        for (SourceFile rule : rules) {
            Matcher m = DECLARE.matcher(rule.content());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The vocabulary type of this simple or full name, or {@code null}. */
    static Class<?> type(String name) {
        return TYPES.stream().filter(t -> t.getName().equals(name) || t.getSimpleName().equals(name)).findFirst().orElse(null);
    }

    /**
     * What a constraint on the type may name: its fields as a rule writes them ({@code getAge()} is {@code age},
     * {@code isFormal()} is {@code formal}) and its other public methods; for a code type, its constants.
     */
    static Set<String> members(Class<?> type) {
        Set<String> names = new TreeSet<>();
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return names;
        }
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String n = m.getName();
            if (m.getParameterCount() == 0 && n.startsWith("get") && n.length() > 3) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (m.getParameterCount() == 0 && n.startsWith("is") && n.length() > 2) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            } else {
                names.add(n);
            }
        }
        return names;
    }
}
