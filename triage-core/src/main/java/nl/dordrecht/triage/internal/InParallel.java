package nl.dordrecht.triage.internal;

import java.util.List;
import java.util.function.Function;

/**
 * Independent evaluations over the machine's cores, results in the order of their inputs: the rule author's check and
 * the acceptance of a rule set run hundreds of questions that share nothing but the thread-safe compiled rules.
 */
public final class InParallel {
    private InParallel() {
    }

    /**
     * {@code fn} applied to each item, on the common fork-join pool and the calling thread; in the items' order. Each
     * runs with the caller's context class loader, through which Drools finds the rules' classes (the pool's threads
     * have the system one, which in a build plugin or a container does not see them).
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
        ClassLoader callers = Thread.currentThread().getContextClassLoader();
        return items.parallelStream().<R>map(item -> {
            Thread thread = Thread.currentThread();
            ClassLoader own = thread.getContextClassLoader();
            thread.setContextClassLoader(callers);
            try {
                return fn.apply(item);
            } finally {
                thread.setContextClassLoader(own);
            }
        }).toList();
    }
}
