package nl.dordrecht.triage.internal.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;

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

    /**
     * Per wijk what is in the wijk itself, so local gaps show (with city-wide offers counted every wijk would have
     * the same colour): coloured by the lowest threshold nearby; hatched when nothing is nearby, with the lowest
     * city-wide threshold in small; a red corner where the rules name a known gap in that wijk only.
     */
    static String byWijk(Coverage coverage, LocalGaps localGaps) {
        List<String> wijken = coverage.catalogue().neighbourhoods();
        Map<String, String> descriptions = coverage.catalogue().gapDescriptions();
        StringBuilder b = header("heat-wijk", "Wijk", wijken);
        for (Topic topic : Topic.values()) {
            row(b, topic);
            for (String wijk : wijken) {
                Coverage.Cell local = coverage.inWijk(topic, wijk);
                Set<String> gaps = localGaps.in(topic, wijk);
                String known = gaps.isEmpty() ? "" : " known-gap";
                String gapText = gaps.isEmpty() ? "" : " Bekend gat hier: " + Html.join(gaps.stream().map(descriptions::get).toList());
                if (local.gap()) {
                    Coverage.Cell city = coverage.byWijk(topic, wijk);
                    b.append("<td class=\"cell local-none").append(known).append("\" data-column=\"").append(Html.esc(wijk))
                            .append("\" data-lowest=\"0\" title=\"").append(Html.esc("Niets in de wijk zelf; in de hele stad: "
                                    + (city.gap() ? "geen aanbod" : "laagste drempel " + city.lowest()) + "." + gapText))
                            .append("\"><small>").append(city.gap() ? "gat" : "stad " + city.lowest()).append("</small></td>");
                } else {
                    b.append(td(local, wijk, "in de wijk zelf", known, gapText));
                }
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    static String legend() {
        StringBuilder b = new StringBuilder("<div class=\"legend\">Laagste drempel: ");
        for (int t = 1; t <= 5; t++) {
            b.append("<span class=\"chip\" style=\"background:").append(Html.colour(t)).append(";color:")
                    .append(Html.textColour(t)).append("\">").append(t).append("</span>");
        }
        return b.append(" (1 informeel algemeen … 5 Sociaal Wijkteam) <span class=\"chip gap\">gat</span> geen aanbod "
                        + "<span class=\"chip local-none\">stad 2</span> niets in de wijk zelf (laagste drempel in de hele stad) "
                        + "<span class=\"chip known-gap\">&nbsp;</span> bekend gat in die wijk (volgens de regels)")
                .append("</div>").toString();
    }

    private static String table(String id, String corner, List<String> columns, String madeForLabel,
                                BiFunction<Topic, Integer, Coverage.Cell> cell) {
        StringBuilder b = header(id, corner, columns);
        for (Topic topic : Topic.values()) {
            row(b, topic);
            for (int i = 0; i < columns.size(); i++) {
                b.append(td(cell.apply(topic, i), columns.get(i), madeForLabel, "", ""));
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static StringBuilder header(String id, String corner, List<String> columns) {
        StringBuilder b = new StringBuilder("<table class=\"heat\" id=\"").append(id).append("\">\n<thead><tr><th>")
                .append(Html.esc(corner)).append("</th>");
        columns.forEach(c -> b.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>"));
        return b.append("</tr></thead>\n<tbody>\n");
    }

    private static void row(StringBuilder b, Topic topic) {
        b.append("<tr data-topic=\"").append(topic).append("\"><th scope=\"row\">").append(Html.esc(topic.label())).append("</th>");
    }

    private static String td(Coverage.Cell c, String column, String madeForLabel, String extraClass, String extraTitle) {
        if (c.gap()) {
            return "<td class=\"cell gap" + extraClass + "\" data-column=\"" + Html.esc(column) + "\" data-lowest=\"0\" title=\""
                    + Html.esc("Geen aanbod." + extraTitle) + "\">gat</td>";
        }
        String offers = Html.esc(c.offers().size() + " voorzieningen, " + c.madeFor() + " " + madeForLabel + ": "
                + Html.join(c.offers().stream().map(o -> o.getName() + " (" + o.getThreshold() + ")").toList()) + extraTitle);
        return "<td class=\"cell" + extraClass + "\" data-column=\"" + Html.esc(column) + "\" data-lowest=\"" + c.lowest() + "\" style=\"background:"
                + Html.colour(c.lowest()) + ";color:" + Html.textColour(c.lowest()) + "\" title=\"" + offers + "\">"
                + "<b>" + c.lowest() + "</b><small>" + c.offers().size() + " · " + c.madeFor() + "</small></td>";
    }

    /** Names, for the findings: a short list of offers. */
    static String names(List<Offer> offers) {
        return offers.isEmpty() ? "geen" : Html.esc(Html.join(offers.stream().map(Offer::getName).toList()));
    }
}
