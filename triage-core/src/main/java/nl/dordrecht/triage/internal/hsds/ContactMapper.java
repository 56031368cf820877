package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dordrecht.triage.internal.ContactReader;

/**
 * The contact of one HSDS service as the catalogue's {@code contact} parts (docs/HSDS.md): {@code url}, {@code email},
 * the first phone (of the service, else of the first place it is at), the first schedule's {@code description}, the
 * first address of the first location. Each value is judged as the catalogue judges it; what cannot be kept is said,
 * with its JSON path, never dropped silently.
 */
final class ContactMapper {
    private final BiConsumer<String, String> notes;

    /** {@code notes} takes the JSON path inside the service and what happened to the value there. */
    ContactMapper(BiConsumer<String, String> notes) {
        this.notes = notes;
    }

    /**
     * The catalogue's {@code contact} for the service, parts and {@code source}; empty when it gives none. The source
     * is the service's {@code contactSource} attribute ({@code cited}), else the catalogue's when the details are
     * the ones it has ({@code known}), else {@code uncited} (the HSDS file).
     */
    Optional<Map<String, Object>> contact(JsonNode service, String cited, Object known, String uncited) {
        Map<String, String> parts = parts(service);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> contact = new LinkedHashMap<>(parts);
        Map<Object, Object> was = known instanceof Map<?, ?> k ? new LinkedHashMap<>(k) : new LinkedHashMap<>();
        Object knownSource = was.remove("source");
        contact.put("source", cited != null ? cited : parts.equals(was) ? knownSource : uncited);
        return Optional.of(contact);
    }

    /** The parts found, in the contract's order; empty when the service gives none. */
    private Map<String, String> parts(JsonNode service) {
        Map<String, String> parts = new LinkedHashMap<>();
        keep(parts, "url", "url", text(service.get("url")));
        keep(parts, "email", "email", text(service.get("email")));
        first(parts, "phone", "number", List.of(new Path("phones", service.path("phones")),
                new Path("service_at_locations[0].phones", service.path("service_at_locations").path(0).path("phones")),
                new Path("service_at_locations[0].location.phones",
                        service.path("service_at_locations").path(0).path("location").path("phones"))));
        first(parts, "hours", "description", List.of(new Path("schedules", service.path("schedules")),
                new Path("service_at_locations[0].schedules", service.path("service_at_locations").path(0).path("schedules"))));
        JsonNode addresses = service.path("service_at_locations").path(0).path("location").path("addresses");
        if (addresses.size() > 0) {
            keep(parts, "address", "service_at_locations[0].location.addresses[0]", address(addresses.get(0)));
            others("service_at_locations[0].location.addresses", addresses, "address");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ContactReader.PARTS.stream().filter(parts::containsKey).forEach(p -> ordered.put(p, parts.get(p)));
        return ordered;
    }

    private record Path(String path, JsonNode items) {
    }

    /** The first list that has an item gives the value; its other items are named as left out. */
    private void first(Map<String, String> parts, String part, String field, List<Path> paths) {
        for (Path p : paths) {
            if (p.items().size() > 0) {
                keep(parts, part, p.path() + "[0]." + field, text(p.items().get(0).get(field)));
                others(p.path(), p.items(), part);
                return;
            }
        }
    }

    private void others(String path, JsonNode items, String part) {
        for (int i = 1; i < items.size(); i++) {
            notes.accept(path + "[" + i + "]", "left out: the catalogue keeps one " + part + " per offer");
        }
    }

    private void keep(Map<String, String> parts, String part, String path, Optional<String> value) {
        value.ifPresent(v -> ContactReader.problem(part, v).ifPresentOrElse(
                reason -> notes.accept(path, reason + "; left out"), () -> parts.put(part, v.strip())));
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }

    /** "address_1, address_2, postal_code city": the parts a visitor needs, as one line. */
    private static Optional<String> address(JsonNode a) {
        String place = Stream.of("postal_code", "city").map(f -> a.path(f).asText("").strip())
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        List<String> lines = new ArrayList<>();
        Stream.of(a.path("address_1").asText(""), a.path("address_2").asText(""), place)
                .map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", lines));
    }
}
