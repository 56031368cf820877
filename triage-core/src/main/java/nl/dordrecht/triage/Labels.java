package nl.dordrecht.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The Dutch labels of every code, read once from {@code labels.properties} beside this class (UTF-8). Immutable and
 * thread-safe. A test holds the file and the enums to each other: every constant has a label, every label a constant.
 */
public final class Labels {
    /** The enums of codes, under the contract's field names, in the order a form asks for them. */
    private static final Map<String, Class<? extends Enum<?>>> CODES = codes();
    private static final Properties TEXT = read();

    private Labels() {
    }

    /** The Dutch label of a code. */
    public static String label(Labelled code) {
        return text(key(code));
    }

    /** What residents with each marker of vraagverlegenheid say, in the seeds' words (S1 §3.1, §3.1.1). */
    public static Map<String, String> phrases() {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (Reluctance marker : Reluctance.values()) {
            phrases.put(marker.name(), marker.phrase());
        }
        return Collections.unmodifiableMap(phrases);
    }

    /** Every code's label, by the contract's field name ({@code topics}, {@code reluctance}, …) and then code. */
    public static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        CODES.forEach((field, type) -> {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Enum<?> code : type.getEnumConstants()) {
                labels.put(code.name(), label((Labelled) code));
            }
            all.put(field, Collections.unmodifiableMap(labels));
        });
        return Collections.unmodifiableMap(all);
    }

    static String text(String key) {
        String text = TEXT.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("labels.properties has no " + key);
        }
        return text;
    }

    static String key(Labelled code) {
        return ((Enum<?>) code).getDeclaringClass().getSimpleName() + "." + code.name();
    }

    private static Map<String, Class<? extends Enum<?>>> codes() {
        Map<String, Class<? extends Enum<?>>> codes = new LinkedHashMap<>();
        codes.put("safetySignals", SafetySignal.class);
        codes.put("topics", Topic.class);
        codes.put("complexity", Complexity.class);
        codes.put("reluctance", Reluctance.class);
        codes.put("barriers", Barrier.class);
        codes.put("groups", Group.class);
        codes.put("channel", Channel.class);
        codes.put("route", Route.class);
        codes.put("handover", Handover.class);
        codes.put("fallback", Fallback.class);
        return Collections.unmodifiableMap(codes);
    }

    private static Properties read() {
        Properties text = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the triage-core jar");
            }
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    /** For the test that holds file and enums together. */
    static Map<String, Class<? extends Enum<?>>> codeTypes() {
        return CODES;
    }

    static Set<String> keys() {
        return TEXT.stringPropertyNames();
    }
}
