package nl.dordrecht.triage.serve;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link TriageServer} listens and what it allows (docs/HTTP.md "Limits").
 *
 * @param host         the address to bind; 127.0.0.1 unless told otherwise, so nothing is exposed by accident
 * @param port         the port; 0 for any free one ({@link TriageServer#port()} tells which)
 * @param corsOrigins  origins a browser may call from; empty (the default) sends no CORS headers at all
 * @param threads      how many requests are worked on at once; up to 256 more wait, briefly, and beyond that 503
 * @param idleTimeout  how long a connection may send nothing before it is closed (slow or stalled clients)
 * @param stopTimeout  how long a graceful stop waits for requests in flight
 * @param accessLog    where to write one line a request (method, path, status, time), or null for none
 */
public record ServerSettings(String host, int port, List<String> corsOrigins, int threads, Duration idleTimeout,
                             Duration stopTimeout, PrintStream accessLog) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Enough for two cores: advising takes well under a millisecond, so more threads only queue for the CPU. */
    public static final int DEFAULT_THREADS = 16;
    /** Requests waiting for a worker beyond this are refused (503) rather than piling up in memory. */
    static final int QUEUE_CAPACITY = 256;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
    }

    /** The defaults on {@code port}: 127.0.0.1, no CORS, 16 threads, 10 s idle timeout, 30 s to stop, no access log. */
    public static ServerSettings local(int port) {
        return new ServerSettings(DEFAULT_HOST, port, List.of(), DEFAULT_THREADS, Duration.ofSeconds(10),
                Duration.ofSeconds(30), null);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, corsOrigins, threads, idleTimeout, stopTimeout, accessLog);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, origins, threads, idleTimeout, stopTimeout, accessLog);
    }

    public ServerSettings withIdleTimeout(Duration timeout) {
        return new ServerSettings(host, port, corsOrigins, threads, timeout, stopTimeout, accessLog);
    }

    public ServerSettings withAccessLog(PrintStream log) {
        return new ServerSettings(host, port, corsOrigins, threads, idleTimeout, stopTimeout, log);
    }
}
