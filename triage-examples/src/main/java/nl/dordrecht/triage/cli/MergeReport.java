package nl.dordrecht.triage.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.internal.hsds.Changes;

/** What {@code triage import --into} changed, one line per kind, offers by id, so a curator can review it. */
final class MergeReport {
    private MergeReport() {
    }

    static void print(Changes changes, PrintStream out) {
        out.println("added: " + list(changes.added()));
        out.println("updated: " + list(changes.updated().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList()));
        out.println("deactivated: " + list(changes.deactivated().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (status " + e.getValue() + ")").toList()));
        out.println("kept (not in the import): " + changes.kept().size());
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
