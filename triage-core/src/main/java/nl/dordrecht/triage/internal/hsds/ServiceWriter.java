package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.OfferSpec;

/**
 * One offer as an HSDS service. Native HSDS fields carry what HSDS has (name, ages, wijken as service areas); every
 * other catalogue field travels as an attribute of the {@code triage} taxonomy, so nothing is lost on the way back.
 * Fields at their default are left out, as in the catalogue file.
 */
final class ServiceWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** The yes/no fields, false by default, written only when true. */
    private static final Map<String, Function<OfferSpec, Boolean>> FLAGS = Map.ofEntries(
            Map.entry("meetingPlace", OfferSpec::meetingPlace), Map.entry("outreach", OfferSpec::outreach),
            Map.entry("digitalOnly", OfferSpec::digitalOnly), Map.entry("sharesData", OfferSpec::sharesData),
            Map.entry("cultureSensitive", OfferSpec::cultureSensitive),
            Map.entry("handlesLimitedDutch", OfferSpec::handlesLimitedDutch),
            Map.entry("handlesLowLiteracy", OfferSpec::handlesLowLiteracy), Map.entry("noIntake", OfferSpec::noIntake),
            Map.entry("anonymous", OfferSpec::anonymous), Map.entry("signpost", OfferSpec::signpost),
            Map.entry("smallInitiative", OfferSpec::smallInitiative));

    private final Map<Topic, String> lifeDomains;
    private final List<String> wijkOrder;

    ServiceWriter(Map<Topic, String> lifeDomainsByTopic, List<String> wijkOrder) {
        this.lifeDomains = lifeDomainsByTopic;
        this.wijkOrder = wijkOrder;
    }

    ObjectNode service(Offer offer) {
        OfferSpec spec = offer.spec();
        String id = TriageTaxonomy.uuid("service", offer.getId());
        ObjectNode s = F.objectNode();
        s.put("id", id).put("organization_id", TriageTaxonomy.uuid("organization", offer.getId()))
                .put("name", offer.getName()).put("description", summary(offer)).put("status", "active");
        if (!offer.getOnlyForGroups().isEmpty()) {
            s.put("eligibility_description", "Alleen voor: " + offer.getOnlyForGroups());
        }
        if (offer.isNoIntake()) {
            s.put("application_process", "Binnenlopen, geen intake of formulieren.");
        }
        if (offer.isUnderPressure()) {
            s.put("wait_time", "Capaciteit onder druk: het kan even duren.");
        }
        s.put("minimum_age", offer.getMinAge()).put("maximum_age", offer.getMaxAge());
        s.set("service_areas", areas(id, offer));
        ArrayNode attributes = s.putArray("attributes");
        Attributes a = new Attributes(id, attributes);
        a.field("id", offer.getId());
        a.field("formal", String.valueOf(offer.isFormal()));
        a.field("general", String.valueOf(offer.isGeneral()));
        a.field("threshold", String.valueOf(offer.getThreshold()));
        offer.getTopics().forEach(t -> a.add("topic", TriageTaxonomy.topicTerm(t, lifeDomains.get(t)), null));
        if (offer.isForParentsOfChildAged()) {
            a.field("minChildAge", String.valueOf(offer.getMinChildAge()));
            a.field("maxChildAge", String.valueOf(offer.getMaxChildAge()));
        }
        offer.getForGroups().forEach(g -> a.field("forGroups", g.name()));
        offer.getOnlyForGroups().forEach(g -> a.field("onlyForGroups", g.name()));
        TriageTaxonomy.FIELDS.keySet().stream().filter(FLAGS::containsKey)
                .filter(f -> FLAGS.get(f).apply(spec)).forEach(f -> a.field(f, "true"));
        offer.getSafetySignals().forEach(sig -> a.field("safetySignals", sig.name()));
        if (offer.isUnderPressure()) {
            a.field("capacity", "UNDER_PRESSURE");
        }
        if (offer.getRole() != null) {
            a.field("role", offer.getRole().name());
        }
        offer.getChannels().forEach(c -> a.field("channels", c.name()));
        a.field("source", offer.getSource());
        if (spec.does() != null) {
            a.field("does", spec.does());
        }
        if (spec.rationale() != null) {
            a.field("rationale", spec.rationale());
        }
        if (spec.contactSource() != null) {
            a.field("contactSource", spec.contactSource());
        }
        ContactWriter.write(s, offer);
        return s;
    }

    /** A wijk-bound offer gets one area per wijk, linked to its wijk term; a city-wide one a single area, Dordrecht. */
    private ArrayNode areas(String serviceId, Offer offer) {
        ArrayNode areas = F.arrayNode();
        if (offer.isCityWide()) {
            areas.addObject().put("id", TriageTaxonomy.uuid("service_area", offer.getId() + "/Dordrecht"))
                    .put("service_id", serviceId).put("name", "Dordrecht").put("description", "Heel Dordrecht.");
            return areas;
        }
        wijkOrder.stream().filter(offer::isIn).forEach(w -> {
            ObjectNode area = areas.addObject();
            String areaId = TriageTaxonomy.uuid("service_area", offer.getId() + "/" + w);
            area.put("id", areaId).put("service_id", serviceId).put("name", w).put("description", "Wijk " + w + ", Dordrecht.");
            new Attributes(areaId, area.putArray("attributes"), "service_area").add("wijk", TriageTaxonomy.wijkTerm(w), null);
        });
        return areas;
    }

    private static String summary(Offer o) {
        return (o.getDoes() == null ? "" : o.getDoes() + " ") + (o.isFormal() ? "Formeel" : "Informeel") + ", " + (o.isGeneral() ? "algemeen" : "specifiek")
                + " aanbod; drempel " + o.getThreshold() + " van 5" + (o.isSignpost() ? "; verwijst door" : "") + ".";
    }

    /** Appends attributes linking one entity to terms of the triage taxonomy. */
    private record Attributes(String linkId, ArrayNode target, String entity) {
        Attributes(String linkId, ArrayNode target) {
            this(linkId, target, "service");
        }

        void field(String field, String value) {
            add(TriageTaxonomy.NAME, TriageTaxonomy.fieldTerm(field), value);
        }

        void add(String linkType, ObjectNode term, String value) {
            String code = term.get("code").asText();
            ObjectNode a = target.addObject();
            a.put("id", TriageTaxonomy.uuid("attribute", linkId + "/" + code + "/" + value)).put("link_id", linkId)
                    .put("link_entity", entity).put("link_type", linkType).put("taxonomy_term_id", term.get("id").asText());
            if (value != null) {
                a.put("value", value);
            }
            a.set("taxonomy_term", term);
        }
    }
}
