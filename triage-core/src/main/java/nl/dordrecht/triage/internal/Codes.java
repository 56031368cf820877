package nl.dordrecht.triage.internal;

import java.util.Arrays;
import java.util.List;

/** Contract codes (enum constant names), parsed exactly: case matters, as in the JSON schemas. */
public final class Codes {
    private Codes() {
    }

    /** The constant named {@code code}, or {@code null} when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        return null;
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
