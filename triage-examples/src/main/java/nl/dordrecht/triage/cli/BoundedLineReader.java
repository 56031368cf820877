package nl.dordrecht.triage.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines of at most {@code maxBytes} bytes, so one hostile line cannot exhaust memory. A longer line is
 * skipped to its end and reported; invalid UTF-8 is reported, never silently replaced.
 */
final class BoundedLineReader {
    /** One line read: its text, or why it has none. */
    record Line(String text, String problem) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line end, or {@code null} at the end of input. */
    Line next() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (buffer.size() < maxBytes) {
                buffer.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b == -1 && buffer.size() == 0 && !tooLong) {
            return null;
        }
        if (tooLong) {
            return new Line(null, "line longer than " + maxBytes + " bytes");
        }
        Line line = decode(buffer.toByteArray());
        return line.text() != null && line.text().endsWith("\r")
                ? new Line(line.text().substring(0, line.text().length() - 1), null) : line;
    }

    /** The bytes as strict UTF-8 text, or the problem that they are not. */
    static Line decode(byte[] bytes) {
        try {
            return new Line(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(null, "not valid UTF-8");
        }
    }
}
