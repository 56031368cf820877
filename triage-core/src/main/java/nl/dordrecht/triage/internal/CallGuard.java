package nl.dordrecht.triage.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.dordrecht.triage.Fallback;
import nl.dordrecht.triage.InvalidQuestionException;

/**
 * Runs one evaluation where a runaway rule cannot hold the caller: on a worker thread, within a deadline and a
 * memory budget. When either runs out the session is halted and the caller gets a {@link Failure} at once.
 *
 * <p>The JVM cannot stop a thread safely, so a consequence that spins without returning to the engine keeps its
 * worker until it returns; such workers are counted, and when {@link #MAX_ABANDONED} are stuck new calls fail at once
 * rather than pile up threads. Rule set acceptance runs worst-case questions under the same guard, so a rule set that
 * does this for any probe never serves.
 *
 * <p>Thread-safe; the worker threads are shared by all engines in the JVM, daemon threads kept for a minute when idle.
 */
public final class CallGuard {
    /** How often the caller checks the worker's allocation while it waits. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    static final int MAX_ABANDONED = 8;
    private static final AtomicInteger ABANDONED = new AtomicInteger();
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "triage-advice");
                t.setDaemon(true);
                return t;
            });
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final Limits limits;

    CallGuard(Limits limits) {
        this.limits = limits;
    }

    /** How long and how much memory one call may take. */
    public record Limits(Duration deadline, long memoryBudgetBytes) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(2), 64L * 1024 * 1024);
    }

    /**
     * Why an evaluation gave no result, with a detail for the log that holds no question content, and the exception
     * when one was thrown (for locating the rule in a check; its message may quote facts, so it is not logged).
     */
    record Failure(Fallback reason, String detail, Throwable cause) {
    }

    /** A call's result: exactly one of value and failure. */
    record Outcome<T>(T value, Failure failure) {
    }

    /**
     * A handle the work uses to say which session the guard may halt. The work detaches it before the session goes back
     * to the pool, so a late halt can never reach a session another call has taken meanwhile.
     */
    static final class Halt {
        private Runnable action;
        private boolean requested;

        synchronized void onHalt(Runnable action) {
            this.action = action;
        }

        synchronized void halt() {
            requested = true;
            if (action != null) {
                action.run();
            }
        }

        /** Stops reaching the session; whether a halt was asked for (then the session is not reused). */
        synchronized boolean detach() {
            action = null;
            return requested;
        }
    }

    /**
     * Runs the work on a worker and waits for it within the limits.
     *
     * @throws InvalidQuestionException when the work finds the question invalid: that is the caller's error
     */
    <T> Outcome<T> run(Function<Halt, T> work) {
        if (ABANDONED.get() >= MAX_ABANDONED) {
            return failed(Fallback.DEADLINE_EXCEEDED, MAX_ABANDONED + " earlier calls are still stuck in the rules");
        }
        Halt halt = new Halt();
        Worker<T> worker = new Worker<>(work, halt);
        Future<T> future = WORKERS.submit(worker::call);
        long end = System.nanoTime() + limits.deadline().toNanos();
        while (true) {
            long left = end - System.nanoTime();
            try {
                return new Outcome<>(future.get(Math.max(0, Math.min(left, POLL_NANOS)), TimeUnit.NANOSECONDS), null);
            } catch (TimeoutException e) {
                if (left <= 0) {
                    return abandon(worker, future, halt, Fallback.DEADLINE_EXCEEDED, detail(Fallback.DEADLINE_EXCEEDED));
                }
                if (worker.allocated() > limits.memoryBudgetBytes()) {
                    return abandon(worker, future, halt, Fallback.MEMORY_BUDGET_EXCEEDED, detail(Fallback.MEMORY_BUDGET_EXCEEDED));
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InvalidQuestionException invalid) {
                    throw invalid;
                }
                return new Outcome<>(null, new Failure(Fallback.RULE_FAILED, describe(e.getCause()), e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return abandon(worker, future, halt, Fallback.DEADLINE_EXCEEDED, "the calling thread was interrupted");
            } catch (CancellationException e) {
                return failed(Fallback.DEADLINE_EXCEEDED, "cancelled");
            }
        }
    }

    /**
     * Runs the work on the caller's own thread under the {@link Watchdog}, which halts the session at the deadline or
     * the memory budget: no hand-off to a worker and back. Only for work that returns to the engine between firings,
     * i.e. rule sets accepted when the jar was built (README "Reliability"); {@link #run} for any other.
     *
     * @throws InvalidQuestionException when the work finds the question invalid: that is the caller's error
     */
    <T> Outcome<T> runHere(Function<Halt, T> work) {
        Halt halt = new Halt();
        try (Watchdog.Watch watch = Watchdog.watch(halt, limits)) {
            T value;
            try {
                value = work.apply(halt);
            } catch (InvalidQuestionException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                return watch.reason() != null ? failed(watch.reason(), detail(watch.reason()))
                        : new Outcome<>(null, new Failure(Fallback.RULE_FAILED, describe(e), e));
            }
            return watch.reason() == null ? new Outcome<>(value, null) : failed(watch.reason(), detail(watch.reason()));
        }
    }

    private String detail(Fallback reason) {
        return reason == Fallback.DEADLINE_EXCEEDED ? "no answer within " + limits.deadline()
                : "allocated more than " + limits.memoryBudgetBytes() / (1024 * 1024) + " MB";
    }

    private static <T> Outcome<T> abandon(Worker<T> worker, Future<T> future, Halt halt, Fallback reason, String detail) {
        worker.abandon();
        halt.halt();
        future.cancel(true);
        return failed(reason, detail);
    }

    private static <T> Outcome<T> failed(Fallback reason, String detail) {
        return new Outcome<>(null, new Failure(reason, detail, null));
    }

    /** What failed, for the log: the rule and the exception's type, never its message (it may quote the facts). */
    static String describe(Throwable failure) {
        String rule = failingRule(failure);
        return (rule == null ? "" : "rule \"" + rule + "\" threw ") + rootCause(failure).getClass().getName();
    }

    /** The rule whose consequence threw, or {@code null}. */
    static String failingRule(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException c && c.getRule() != null) {
                return c.getRule().getName();
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The work on its worker thread; once abandoned it counts as stuck until it returns, however late. */
    private static final class Worker<T> {
        private static final int RUNNING = 0;
        private static final int ABANDONED_BY_CALLER = 1;
        private static final int DONE = 2;
        private final Function<Halt, T> work;
        private final Halt halt;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile long threadId = -1;
        private volatile long allocatedAtStart;

        Worker(Function<Halt, T> work, Halt halt) {
            this.work = work;
            this.halt = halt;
        }

        T call() {
            long id = Thread.currentThread().getId();
            allocatedAtStart = allocatedBy(id);
            // Published after the baseline: a caller that sees the thread also sees where its count started.
            threadId = id;
            try {
                return work.apply(halt);
            } finally {
                if (state.getAndSet(DONE) == ABANDONED_BY_CALLER) {
                    ABANDONED.decrementAndGet();
                }
            }
        }

        void abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED_BY_CALLER)) {
                ABANDONED.incrementAndGet();
            }
        }

        /** Bytes allocated by the work so far; 0 when the JVM cannot tell. */
        long allocated() {
            long id = threadId;
            return id < 0 ? 0 : Math.max(0, allocatedBy(id) - allocatedAtStart);
        }
    }

    static long allocatedBy(long threadId) {
        return THREADS == null ? 0 : Math.max(0, THREADS.getThreadAllocatedBytes(threadId));
    }

    static long allocatedByCurrentThread() {
        return THREADS == null ? 0 : Math.max(0, THREADS.getCurrentThreadAllocatedBytes());
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }
}
