package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.internal.Unclassified;

/**
 * HSDS services (docs/HSDS.md) back into a catalogue file. Only terms of the {@code triage} taxonomy are read:
 * terms another tool added (Open Eligibility, say) are left alone. Only an {@code active} service becomes an offer;
 * a service without the triage classification becomes a draft offer with its fields marked (see {@link ServiceReader}).
 * The text it gives still has to pass {@code CatalogueReader}, which checks the values as it checks any catalogue.
 * Every message names the service (name and id) and the field inside it as a JSON path.
 */
public final class HsdsImporter {
    /** Source code cited by contact details that HSDS gives without a seed citation. */
    static final String HSDS_SOURCE = "HSDS";

    /**
     * What to import: the services (and, from an export folder, its other files); {@code servicesFile} names them in
     * messages; {@code base} is the catalogue whose top level (sources, wijken, life domains, gaps) the result takes
     * when the documents have no {@code triage.json}, or always when {@code merge}: then its offers are kept, updated
     * or deactivated by the services with their id. {@code base} may be {@code null} for an export folder.
     */
    public record Request(HsdsDocuments docs, String servicesFile, SourceFile base, boolean merge) {
    }

    /**
     * The catalogue text and its number of offers; {@code problems} is what makes the import fail (nothing may be
     * written), {@code notes} what it did with data the catalogue cannot take (an inactive service, a second phone, an
     * invalid url), {@code drafts} the ids of offers with fields still to classify, {@code changes} what the merge did,
     * {@code services} each imported offer id's service, by name and id.
     */
    public record Result(String yaml, int offers, List<Problem> problems, List<Problem> notes, Set<String> drafts,
                         Changes changes, Map<String, String> services) {
        public Result {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
            drafts = Collections.unmodifiableSet(new LinkedHashSet<>(drafts));
            services = Map.copyOf(services);
        }

        /**
         * Where a problem of the catalogue check comes from in the HSDS data: " (service 'X' (id), field path)", or
         * "" when it is not about an imported offer. So a message about the text to be written names the service too.
         */
        public String origin(Problem problem) {
            Matcher m = OFFER_FIELD.matcher(problem.message());
            if (!m.lookingAt() || !services.containsKey(m.group(1))) {
                return "";
            }
            return " (" + services.get(m.group(1)) + ", field " + HsdsFields.of(m.group(2)) + ")";
        }
    }

    private static final Pattern OFFER_FIELD = Pattern.compile("offer (.+?): field ([\\w.]+):");

    private final Request request;
    private final HsdsDocuments docs;
    private final Map<String, JsonNode> termsById = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    private HsdsImporter(Request request) {
        this.request = request;
        this.docs = request.docs();
        docs.taxonomyTerms().forEach(t -> termsById.put(t.path("id").asText(), t));
    }

    /** An export folder on its own, as {@code triage export} writes it. */
    public static Result read(HsdsDocuments docs) {
        return read(new Request(docs, HsdsDocuments.SERVICES, null, false));
    }

    public static Result read(Request request) {
        return new HsdsImporter(request).read();
    }

    private Result read() {
        CatalogueParts base = base();
        Map<String, Map<String, Object>> known = new LinkedHashMap<>();
        if (request.merge()) {
            base.offers().forEach(o -> known.put(String.valueOf(o.get("id")), o));
        }
        Changes changes = new Changes(new ArrayList<>(known.keySet()));
        Map<String, Map<String, Object>> imported = new LinkedHashMap<>();
        Set<String> drafts = new LinkedHashSet<>();
        OfferIds ids = new OfferIds();
        Map<String, String> services = new LinkedHashMap<>();
        for (JsonNode service : docs.services()) {
            String label = "service '" + service.path("name").asText() + "' (" + service.path("id").asText() + ")";
            ServiceReader reader = new ServiceReader(this::triageTerm, (path, m) -> problem(label, path, m),
                    (path, m) -> note(label, path, m));
            String id = ids.idFor(reader.triageId(service), service.path("name").asText(), service.path("id").asText(),
                    m -> note(label, "name", m));
            services.put(id, label);
            if (advisable(service, id, label, known.containsKey(id), changes)) {
                FieldMerge.Read read = reader.offer(service, id, known.getOrDefault(id, Map.of()),
                        HSDS_SOURCE + " " + request.servicesFile());
                if (read.draft()) {
                    drafts.add(id);
                }
                imported.put(id, read.offer());
            }
        }
        List<Map<String, Object>> offers = changes.merge(known, imported);
        boolean citesHsds = offers.stream().anyMatch(o -> o.get("contact") instanceof Map<?, ?> c
                && String.valueOf(c.get("source")).startsWith(HSDS_SOURCE + " "));
        CatalogueParts result = base.with(offers, citesHsds ? HSDS_SOURCE : null,
                "Open Referral HSDS data read by triage import (" + request.servicesFile() + ")");
        String yaml = result.yaml();
        if (!drafts.isEmpty()) {
            yaml = "# DRAFT: " + drafts.size() + " offer(s) still to classify " + drafts + ": replace every "
                    + Unclassified.MARKER + " (docs/HSDS.md, Drafts); `triage check` lists them.\n" + yaml;
        }
        return new Result(yaml, offers.size(), problems, notes, drafts, changes, services);
    }

    /** Only an active service is advised; another status is said, and takes a known offer out. */
    private boolean advisable(JsonNode service, String id, String label, boolean known, Changes changes) {
        String status = service.path("status").asText("");
        if (ServiceStatus.advisable(status, m -> problem(label, "status", m))) {
            return true;
        }
        if (ServiceStatus.known(status)) {
            changes.deactivate(id, status, known);
            note(label, "status", "'" + status + "': not written as an offer, so never advised"
                    + (known ? "; offer " + id + " is taken out of the catalogue" : ""));
        }
        return false;
    }

    /** The top level to write: the base catalogue's, or the export's own {@code triage.json}. */
    private CatalogueParts base() {
        if (request.base() != null && (request.merge() || docs.triage() == null)) {
            return CatalogueParts.read(request.base());
        }
        if (docs.triage() == null) {
            throw new IllegalArgumentException(request.servicesFile() + ": no triage.json beside it and no catalogue to take sources, wijken and life domains from");
        }
        return CatalogueParts.of(docs.triage(), lifeDomains());
    }

    /** The attribute's term when it is one of ours: nested in the attribute, or looked up by its id. */
    private JsonNode triageTerm(JsonNode attribute) {
        JsonNode term = attribute.get("taxonomy_term");
        if (term == null || !term.isObject()) {
            term = termsById.get(attribute.path("taxonomy_term_id").asText());
        }
        boolean ours = term != null && (TriageTaxonomy.NAME.equals(term.path("taxonomy").asText())
                || TriageTaxonomy.uuid("taxonomy", TriageTaxonomy.NAME).equals(term.path("taxonomy_id").asText()));
        return ours ? term : null;
    }

    /** Each topic's life domain is the parent of its topic term. */
    private Map<String, String> lifeDomains() {
        Map<String, String> domains = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            JsonNode term = termsById.get(TriageTaxonomy.uuid("term", TriageTaxonomy.TOPIC + topic.name()));
            JsonNode parent = term == null ? null : termsById.get(term.path("parent_id").asText());
            String code = parent == null ? "" : parent.path("code").asText();
            if (code.startsWith(TriageTaxonomy.LIFE_DOMAIN)) {
                domains.put(topic.name(), code.substring(TriageTaxonomy.LIFE_DOMAIN.length()));
            } else {
                problem(HsdsDocuments.TAXONOMY_TERMS, "topic " + topic + ": no term " + TriageTaxonomy.TOPIC + topic
                        + " with a " + TriageTaxonomy.LIFE_DOMAIN + " parent term");
            }
        }
        return domains;
    }

    private void problem(String file, String message) {
        problems.add(new Problem(file, 0, 0, message));
    }

    private void problem(String service, String path, String message) {
        problems.add(new Problem(request.servicesFile(), 0, 0, service + ", field " + path + ": " + message));
    }

    private void note(String service, String path, String message) {
        notes.add(new Problem(request.servicesFile(), 0, 0, service + ", field " + path + ": " + message));
    }
}
