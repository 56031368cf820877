package nl.dordrecht.triage.internal.hsds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an import merged into a catalogue did, offer by offer: {@code added} (new ids, in HSDS order), {@code updated}
 * (id to the fields that changed), {@code deactivated} (id to the HSDS status that took it out), {@code kept} (offers
 * the services do not name, left as they were). An offer that is named and did not change is in none of them.
 */
public final class Changes {
    private final List<String> before;
    private final List<String> added = new ArrayList<>();
    private final Map<String, List<String>> updated = new LinkedHashMap<>();
    private final Map<String, String> deactivated = new LinkedHashMap<>();
    private final List<String> kept = new ArrayList<>();

    Changes(List<String> before) {
        this.before = List.copyOf(before);
    }

    public List<String> added() {
        return List.copyOf(added);
    }

    public Map<String, List<String>> updated() {
        return Map.copyOf(updated);
    }

    public Map<String, String> deactivated() {
        return Map.copyOf(deactivated);
    }

    public List<String> kept() {
        return List.copyOf(kept);
    }

    void deactivate(String id, String status, boolean known) {
        if (known) {
            deactivated.put(id, status);
        }
    }

    /** The offers to write: the known ones in their order (updated, or left out when deactivated), then the new ones. */
    List<Map<String, Object>> merge(Map<String, Map<String, Object>> known, Map<String, Map<String, Object>> imported) {
        List<Map<String, Object>> offers = new ArrayList<>();
        for (String id : before) {
            if (deactivated.containsKey(id)) {
                continue;
            }
            Map<String, Object> now = imported.get(id);
            if (now == null) {
                kept.add(id);
                offers.add(known.get(id));
                continue;
            }
            List<String> fields = changed(known.get(id), now);
            if (!fields.isEmpty()) {
                updated.put(id, fields);
            }
            offers.add(now);
        }
        imported.forEach((id, offer) -> {
            if (!known.containsKey(id)) {
                added.add(id);
                offers.add(offer);
            }
        });
        return offers;
    }

    private static List<String> changed(Map<String, Object> was, Map<String, Object> now) {
        List<String> fields = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(plain(was.get(field)), plain(value))) {
                fields.add(field);
            }
        });
        was.keySet().stream().filter(f -> !now.containsKey(f)).forEach(fields::add);
        return fields;
    }

    /** A value as text, lists as sets and mappings by key: the order of codes in a list is no change. */
    private static Object plain(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        if (value instanceof Map<?, ?> parts) {
            Map<String, String> text = new HashMap<>();
            parts.forEach((k, v) -> text.put(String.valueOf(k), String.valueOf(v)));
            return text;
        }
        return value == null ? null : String.valueOf(value);
    }
}
