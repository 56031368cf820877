package nl.dordrecht.triage.internal.diff;

import java.util.List;

/** A question whose advice differs between the versions: both outcomes and the fields that differ. */
public record AdviceChange(DiffQuestion question, Outcome before, Outcome after, List<String> changed) {
    public AdviceChange {
        changed = List.copyOf(changed);
    }
}
