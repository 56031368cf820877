package nl.dordrecht.triage.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Follows a YAML token stream and notes the line of every key and list item under its JSON pointer
 * ({@code /offers/3/threshold}, {@code /offers/3/topics/1}). The tree Jackson builds has no locations, so this is
 * how a reader reports a value at the line the author wrote it.
 */
final class YamlPaths {
    /** One open mapping or list: the key just read, or the index of the item just started. */
    private static final class Level {
        final boolean list;
        String key;
        int index = -1;

        Level(boolean list) {
            this.list = list;
        }
    }

    private final Deque<Level> levels = new ArrayDeque<>();
    private final Map<String, Integer> lines = new HashMap<>();

    void token(JsonToken token, String name, int line) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            levels.pop();
            return;
        }
        Level top = levels.peek();
        if (token == JsonToken.FIELD_NAME) {
            top.key = name;
            lines.putIfAbsent(pointer(), line);
            return;
        }
        if (top != null && top.list) {
            top.index++;
            lines.putIfAbsent(pointer(), line);
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            levels.push(new Level(token == JsonToken.START_ARRAY));
        }
    }

    Map<String, Integer> lines() {
        return lines;
    }

    private String pointer() {
        StringBuilder p = new StringBuilder();
        for (Iterator<Level> it = levels.descendingIterator(); it.hasNext(); ) {
            Level level = it.next();
            p.append('/').append(level.list ? String.valueOf(level.index) : escape(level.key));
        }
        return p.toString();
    }

    /** RFC 6901: '~' and '/' inside a key. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
