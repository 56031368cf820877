package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says a reason that many suggestions share once: where {@link #MANY} or more suggestions of one advice carry the same
 * line, the first suggestion with it keeps it and the later ones drop it, so that a volunteer reading the list aloud
 * does not hear one sentence five times (reviews: "Voor ouders van kinderen van 0 tot en met 3 jaar." under six offers).
 * A suggestion never loses its last reason that says why it fits. A line two suggestions share stays with both: there it tells them apart
 * from the rest.
 */
final class RepeatedReasons {
    static final int MANY = 3;

    private RepeatedReasons() {
    }

    /** Naming the alike meeting places the advice leaves out says nothing of why this one fits. */
    private static boolean saysWhy(String line) {
        return !line.startsWith(AdviceAssembler.ALIKE_MEETING_PLACES);
    }

    /** The reasons of each suggestion, in the order given (the primary first), with shared lines said once. */
    static List<List<String>> sayOnce(List<List<String>> reasons) {
        Map<String, Integer> count = new HashMap<>();
        for (List<String> lines : reasons) {
            new HashSet<>(lines).forEach(line -> count.merge(line, 1, Integer::sum));
        }
        Set<String> said = new HashSet<>();
        List<List<String>> result = new ArrayList<>(reasons.size());
        for (List<String> lines : reasons) {
            List<String> kept = new ArrayList<>(lines.size());
            for (String line : lines) {
                if (count.get(line) < MANY || said.add(line)) {
                    kept.add(line);
                }
            }
            result.add(kept.stream().anyMatch(RepeatedReasons::saysWhy) ? kept : lines);
        }
        return result;
    }
}
