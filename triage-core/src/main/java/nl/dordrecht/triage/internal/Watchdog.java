package nl.dordrecht.triage.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.dordrecht.triage.Fallback;

/**
 * One daemon thread for the JVM that watches the evaluations running on their callers' own threads and halts the
 * session of one that passes its deadline or its memory budget. It costs a call two set operations instead of the
 * hand-off to a worker and back (two thread wake-ups, 10-60 µs on a loaded 2-core machine), and sleeps when no call runs.
 *
 * <p>A halt takes effect when the rules next return to the engine (between firings, which covers rules that keep
 * re-triggering each other or allocate firing after firing). A consequence that never returns keeps its caller: that
 * is why {@link CallGuard} runs only rule sets accepted when the jar was built here, and any other on a worker.
 */
final class Watchdog {
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
    private static volatile boolean idle;
    private static final Thread THREAD = start();

    private Watchdog() {
    }

    /** One watched evaluation on the current thread; closing it ends the watch. */
    static final class Watch implements AutoCloseable {
        private final CallGuard.Halt halt;
        private final long threadId = Thread.currentThread().getId();
        private final long end;
        private final long budget;
        private final long allocatedAtStart = CallGuard.allocatedByCurrentThread();
        private volatile Fallback reason;

        private Watch(CallGuard.Halt halt, CallGuard.Limits limits) {
            this.halt = halt;
            this.end = System.nanoTime() + limits.deadline().toNanos();
            this.budget = limits.memoryBudgetBytes();
        }

        /** Why the watchdog halted the evaluation, or {@code null} when it did not. */
        Fallback reason() {
            return reason;
        }

        /** Bytes the evaluation allocated so far, as the watchdog sees it. */
        private long allocated() {
            return CallGuard.allocatedBy(threadId) - allocatedAtStart;
        }

        private void check(long now) {
            if (reason != null) {
                return;
            }
            Fallback over = now - end >= 0 ? Fallback.DEADLINE_EXCEEDED
                    : allocated() > budget ? Fallback.MEMORY_BUDGET_EXCEEDED : null;
            if (over != null) {
                reason = over;
                halt.halt();
            }
        }

        @Override
        public void close() {
            WATCHED.remove(this);
        }
    }

    /** Starts watching an evaluation about to run on the current thread. */
    static Watch watch(CallGuard.Halt halt, CallGuard.Limits limits) {
        Watch watch = new Watch(halt, limits);
        WATCHED.add(watch);
        if (idle) {
            LockSupport.unpark(THREAD);
        }
        return watch;
    }

    private static Thread start() {
        Thread t = new Thread(Watchdog::loop, "triage-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void loop() {
        while (true) {
            if (WATCHED.isEmpty()) {
                // Set before looking again: a call that registers now either is seen or sees idle and unparks us.
                idle = true;
                if (WATCHED.isEmpty()) {
                    LockSupport.park();
                }
                idle = false;
                continue;
            }
            long next = TICK_NANOS;
            long now = System.nanoTime();
            for (Watch w : WATCHED) {
                if (w.reason == null) { // a halted call that has not returned yet is not waited for again
                    next = Math.min(next, Math.max(0, w.end - now));
                }
            }
            LockSupport.parkNanos(next);
            now = System.nanoTime();
            for (Watch w : WATCHED) {
                w.check(now);
            }
        }
    }
}
