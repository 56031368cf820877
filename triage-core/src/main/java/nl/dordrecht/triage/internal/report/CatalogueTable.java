package nl.dordrecht.triage.internal.report;

import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;

/** The whole catalogue as one table, filtered by a search box (a few lines of inline JS in the page). */
final class CatalogueTable {
    private CatalogueTable() {
    }

    static String render(Catalogue catalogue) {
        StringBuilder b = new StringBuilder();
        b.append("<p><label for=\"search\">Zoeken</label> <input id=\"search\" type=\"search\" ")
                .append("placeholder=\"id, naam, onderwerp, groep, wijk, bron…\" autocomplete=\"off\"> ")
                .append("<span id=\"count\">").append(catalogue.offers().size()).append(" van ")
                .append(catalogue.offers().size()).append("</span></p>\n");
        b.append("<table id=\"offers\">\n<thead><tr><th>id</th><th>naam</th><th>soort</th><th>drempel</th><th>onderwerpen</th>")
                .append("<th>groepen</th><th>wijken</th><th>bron</th></tr></thead>\n<tbody>\n");
        for (Offer o : catalogue.offers()) {
            b.append("<tr data-offer=\"").append(Html.esc(o.getId())).append("\"><td><code>").append(Html.esc(o.getId()))
                    .append("</code></td><td>").append(Html.esc(o.getName())).append("</td><td>").append(Html.esc(kind(o)))
                    .append("</td><td class=\"num\"><span class=\"chip\" style=\"background:").append(Html.colour(o.getThreshold()))
                    .append(";color:").append(Html.textColour(o.getThreshold())).append("\">").append(o.getThreshold())
                    .append("</span></td><td>").append(Html.esc(Html.join(o.getTopics().stream().map(Topic::label).toList()))).append("</td><td>")
                    .append(Html.esc(groups(o))).append("</td><td>")
                    .append(Html.esc(o.isCityWide() ? "heel Dordrecht" : Html.join(o.getNeighbourhoods().stream().sorted().toList())))
                    .append("</td><td>").append(Html.esc(o.getSource())).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static String kind(Offer o) {
        List<String> kind = new ArrayList<>(List.of(o.isFormal() ? "formeel" : "informeel", o.isGeneral() ? "algemeen" : "specifiek"));
        if (o.isSignpost()) {
            kind.add("verwijst door");
        }
        if (Coverage.isSafety(o)) {
            kind.add("veiligheid");
        }
        if (o.isMeetingPlace()) {
            kind.add("ontmoetingsplek");
        }
        if (o.isOutreach()) {
            kind.add("outreach");
        }
        if (o.isUnderPressure()) {
            kind.add("capaciteit onder druk");
        }
        return String.join(", ", kind);
    }

    private static String groups(Offer o) {
        List<String> groups = new ArrayList<>();
        o.getOnlyForGroups().forEach(g -> groups.add("alleen " + g.label()));
        o.getForGroups().forEach(g -> groups.add(g.label()));
        return String.join(", ", groups);
    }
}
