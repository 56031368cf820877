package nl.dordrecht.triage.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Where a test rule's consequence ran: the rules call {@link #record()}, a test reads {@link #NAMES}. */
public final class ThreadsSeen {
    public static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

    private ThreadsSeen() {
    }

    public static void record() {
        NAMES.add(Thread.currentThread().getName());
    }
}
