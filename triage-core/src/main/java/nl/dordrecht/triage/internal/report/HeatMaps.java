package nl.dordrecht.triage.internal.report;

import java.util.List;
import java.util.function.BiFunction;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.hsds.TriageTaxonomy;

/**
 * The coverage heat maps as HTML tables: a row per topic, a column per age band or wijk, each cell coloured by the
 * lowest base threshold open to everyone there. A cell with no offer at all is marked as a gap.
 */
final class HeatMaps {
    private HeatMaps() {
    }

    static String byAge(Coverage coverage) {
        List<String> bands = Coverage.AGE_BANDS.stream().map(Coverage.AgeBand::label).toList();
        return table("heat-age", "Leeftijd", bands, "gericht op deze leeftijd",
                (topic, i) -> coverage.byAge(topic, Coverage.AGE_BANDS.get(i)));
    }

    static String byWijk(Coverage coverage) {
        List<String> wijken = coverage.catalogue().neighbourhoods();
        return table("heat-wijk", "Wijk", wijken, "in de wijk zelf", (topic, i) -> coverage.byWijk(topic, wijken.get(i)));
    }

    static String legend() {
        StringBuilder b = new StringBuilder("<div class=\"legend\">Laagste drempel: ");
        for (int t = 1; t <= 5; t++) {
            b.append("<span class=\"chip\" style=\"background:").append(Html.colour(t)).append(";color:")
                    .append(Html.textColour(t)).append("\">").append(t).append("</span>");
        }
        return b.append(" (1 informeel algemeen … 5 Sociaal Wijkteam) <span class=\"chip gap\">gat</span> geen aanbod")
                .append("</div>").toString();
    }

    private static String table(String id, String corner, List<String> columns, String madeForLabel,
                                BiFunction<Topic, Integer, Coverage.Cell> cell) {
        StringBuilder b = new StringBuilder("<table class=\"heat\" id=\"").append(id).append("\">\n<thead><tr><th>")
                .append(Html.esc(corner)).append("</th>");
        columns.forEach(c -> b.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (Topic topic : Topic.values()) {
            b.append("<tr data-topic=\"").append(topic).append("\"><th scope=\"row\">")
                    .append(Html.esc(TriageTaxonomy.topicName(topic))).append("</th>");
            for (int i = 0; i < columns.size(); i++) {
                b.append(td(cell.apply(topic, i), columns.get(i), madeForLabel));
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static String td(Coverage.Cell c, String column, String madeForLabel) {
        if (c.gap()) {
            return "<td class=\"cell gap\" data-column=\"" + Html.esc(column) + "\" data-lowest=\"0\" title=\"Geen aanbod\">gat</td>";
        }
        String offers = Html.esc(c.offers().size() + " voorzieningen, " + c.madeFor() + " " + madeForLabel + ": "
                + Html.join(c.offers().stream().map(o -> o.getName() + " (" + o.getThreshold() + ")").toList()));
        return "<td class=\"cell\" data-column=\"" + Html.esc(column) + "\" data-lowest=\"" + c.lowest() + "\" style=\"background:"
                + Html.colour(c.lowest()) + ";color:" + Html.textColour(c.lowest()) + "\" title=\"" + offers + "\">"
                + "<b>" + c.lowest() + "</b><small>" + c.offers().size() + " · " + c.madeFor() + "</small></td>";
    }

    /** Names, for the findings: a short list of offers. */
    static String names(List<Offer> offers) {
        return offers.isEmpty() ? "geen" : Html.esc(Html.join(offers.stream().map(Offer::getName).toList()));
    }
}
