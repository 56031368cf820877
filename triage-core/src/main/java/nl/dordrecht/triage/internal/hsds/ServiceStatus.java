package nl.dordrecht.triage.internal.hsds;

import java.util.List;
import java.util.function.Consumer;

/**
 * HSDS 3.0 {@code status}: only an active service is advised. An inactive, defunct or temporarily closed one is a
 * curator's decision that no one should be sent there, so the import leaves it out of the offers and says so.
 */
final class ServiceStatus {
    static final String ACTIVE = "active";
    static final List<String> VALUES = List.of(ACTIVE, "inactive", "defunct", "temporarily closed");

    private ServiceStatus() {
    }

    static boolean known(String status) {
        return VALUES.contains(status);
    }

    /** Whether the service may be advised; a missing or unknown status is a problem given to {@code problems}. */
    static boolean advisable(String status, Consumer<String> problems) {
        if (status.isEmpty()) {
            problems.accept("missing; HSDS 3.0 requires one of " + VALUES);
        } else if (!known(status)) {
            problems.accept("'" + status + "' is not one of " + VALUES);
        }
        return status.equals(ACTIVE);
    }
}
