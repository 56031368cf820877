package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a child JVM under {@code LANG=C LC_ALL=C} without {@code -Dfile.encoding}: Java 17 then
 * defaults to ASCII, and Dutch text must still come out as UTF-8 bytes.
 */
class CLocaleTest {
    @TempDir
    Path dir;

    record Child(int exit, byte[] out, byte[] err) {
    }

    @BeforeEach
    void theChildReallyDefaultsToAscii() throws Exception {
        Child settings = run(new byte[0], List.of("-XshowSettings:properties", "-version"));
        String shown = new String(settings.err(), StandardCharsets.UTF_8);
        assertThat(shown).contains("file.encoding = ").doesNotContain("file.encoding = UTF-8");
    }

    @Test
    void anErrorLineWithDutchTextIsUtf8OnStderr() throws Exception {
        List<String> options = ShippedRules.copyWith(dir, "zz-empty.drl", "package triage.dordrecht.rules\n");
        Path catalogue = dir.resolve("catalogue.yaml");
        Files.writeString(catalogue, Files.readString(catalogue) + "opmerkingën: geen\n", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(TriageCommand.class.getName(), "advise"));
        args.addAll(options);
        Child child = run("{\"topics\":[\"MONEY\"]}".getBytes(StandardCharsets.UTF_8), args);
        assertThat(child.exit()).isEqualTo(TriageCommand.FAILED);
        assertThat(strictUtf8(child.err())).contains("unknown top-level field 'opmerkingën'");
    }

    @Test
    void theDutchExplanationIsUtf8OnStdout() throws Exception {
        Child child = run("{\"topics\":[\"MONEY\",\"LETTERS_AND_FORMS\"],\"age\":50}".getBytes(StandardCharsets.UTF_8),
                List.of(TriageCommand.class.getName(), "advise"));
        assertThat(child.exit()).isZero();
        assertThat(strictUtf8(child.out())).contains("één vraag, over geld en rondkomen").doesNotContain("\uFFFD");
    }

    /** Runs {@code java args} in the C locale with this test's class path; the JVM options the caller set are dropped. */
    private Child run(byte[] stdin, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_") || name.equals("JAVA_TOOL_OPTIONS")
                || name.equals("JDK_JAVA_OPTIONS") || name.equals("_JAVA_OPTIONS"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        Path in = Files.write(dir.resolve("stdin"), stdin);
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Child(exit, Files.readAllBytes(out), Files.readAllBytes(err));
    }

    /** The bytes as UTF-8, failing the test on any byte sequence that is not. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8: " + new String(bytes, StandardCharsets.ISO_8859_1), e);
        }
    }
}
