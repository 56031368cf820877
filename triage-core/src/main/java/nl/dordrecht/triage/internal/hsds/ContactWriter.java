package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Contact;
import nl.dordrecht.triage.fact.Offer;

/**
 * An offer's contact as HSDS 3.0 (docs/HSDS.md): {@code url} and {@code email} on the service, the phone as a
 * service {@code phones} entry, the hours as a schedule's free-text {@code description}, and the address as the
 * address of a physical location the service is at. Nothing is written for a part the catalogue does not know.
 */
final class ContactWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** A Dutch address as one line: "Spuiboulevard 99, 3311 GR Dordrecht". */
    private static final Pattern DUTCH = Pattern.compile("(.+),\\s*([1-9][0-9]{3} ?[A-Z]{2})\\s+(.+)");

    private ContactWriter() {
    }

    static void write(ObjectNode service, Offer offer) {
        Contact c = offer.spec().contact();
        String serviceId = service.get("id").asText();
        c.url().ifPresent(v -> service.put("url", v));
        c.email().ifPresent(v -> service.put("email", v));
        c.phone().ifPresent(v -> service.putArray("phones").addObject()
                .put("id", TriageTaxonomy.uuid("phone", offer.getId())).put("service_id", serviceId)
                .put("number", v).put("type", "voice"));
        c.hours().ifPresent(v -> service.putArray("schedules").addObject()
                .put("id", TriageTaxonomy.uuid("schedule", offer.getId())).put("service_id", serviceId)
                .put("description", v));
        c.address().ifPresent(v -> location(service.putArray("service_at_locations"), serviceId, offer, v));
    }

    private static void location(ArrayNode at, String serviceId, Offer offer, String address) {
        String locationId = TriageTaxonomy.uuid("location", offer.getId());
        ObjectNode location = F.objectNode().put("id", locationId).put("location_type", "physical").put("name", offer.getName());
        location.putArray("addresses").add(address(locationId, offer.getId(), address));
        at.addObject().put("id", TriageTaxonomy.uuid("service_at_location", offer.getId())).put("service_id", serviceId)
                .put("location_id", locationId).set("location", location);
    }

    /**
     * HSDS wants the address in parts. A Dutch "street, postcode city" line is split; any other line stays whole in
     * {@code address_1}, the parts HSDS requires then empty rather than guessed. The import joins them back.
     */
    private static ObjectNode address(String locationId, String offerId, String text) {
        Matcher m = DUTCH.matcher(text);
        boolean split = m.matches();
        return F.objectNode().put("id", TriageTaxonomy.uuid("address", offerId)).put("location_id", locationId)
                .put("address_1", split ? m.group(1).strip() : text).put("city", split ? m.group(3).strip() : "")
                .put("state_province", "").put("postal_code", split ? m.group(2) : "")
                .put("country", split ? "NL" : "").put("address_type", "physical");
    }
}
