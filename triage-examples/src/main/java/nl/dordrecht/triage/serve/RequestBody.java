package nl.dordrecht.triage.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.BadMessageException;

/** Reads a request body within a cap, as strict UTF-8; refuses an oversized one before reading it when it can. */
final class RequestBody {
    private static final String TOO_SLOW = "the request body did not arrive in time";
    /** How much of a refused body is still read, so that its sender gets the 413 instead of a reset. */
    static final long DRAIN_LIMIT = 1024 * 1024;

    private RequestBody() {
    }

    /**
     * The body as text.
     *
     * @throws HttpProblem 413 over {@code cap} bytes (at once when Content-Length says so), 400 when empty or not
     *                     UTF-8, 408 when the client stops sending before the body is complete
     */
    static String read(Context ctx, int cap) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > cap) {
            if (declared <= DRAIN_LIMIT) {
                drain(ctx);
            }
            throw tooLarge(cap);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                drainRest(in);
            }
        } catch (IOException e) {
            // Jetty's idle timeout ended a read from a stalled client.
            throw new HttpProblem(408, TOO_SLOW);
        } catch (BadMessageException e) {
            // Jetty's minimum data rate (408) or a broken chunked encoding (400).
            throw new HttpProblem(e.getCode(), e.getCode() == 408 ? TOO_SLOW : "the request body could not be read");
        }
        if (bytes.length > cap) {
            throw tooLarge(cap);
        }
        if (bytes.length == 0) {
            throw new HttpProblem(400, "empty request body: send a question as JSON");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "the request body is not valid UTF-8");
        }
    }

    /**
     * Reads and drops what a client still sends of a body refused as too large, up to {@link #DRAIN_LIMIT}: a client
     * that is still writing when the server answers and closes sees a reset instead of its 413 (a test saw "header
     * parser received no bytes" under load). A body over the limit is refused without reading it.
     */
    private static void drain(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            drainRest(in);
        } catch (IOException | BadMessageException e) {
            // The client stopped or was too slow: the 413 is still the answer.
        }
    }

    private static void drainRest(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    private static HttpProblem tooLarge(int cap) {
        return new HttpProblem(413, "request body larger than " + cap + " bytes");
    }
}
