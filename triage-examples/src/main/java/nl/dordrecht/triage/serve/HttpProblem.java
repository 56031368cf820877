package nl.dordrecht.triage.serve;

/**
 * A request the service cannot take, with its HTTP status and a message that names the problem, never the request's
 * content. Answered as the contract's error object ({@code error.schema.json}) with field "" (the request itself).
 */
final class HttpProblem extends RuntimeException {
    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
