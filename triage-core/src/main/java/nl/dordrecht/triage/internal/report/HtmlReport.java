package nl.dordrecht.triage.internal.report;

import java.util.List;
import java.util.Set;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;

/**
 * The catalogue report: one self-contained HTML file (inline CSS, SVG and a few lines of JS; nothing from the
 * network) for policy officers: S1's findings checked against the data, the positioning matrix per topic (S1 §5.3),
 * coverage heat maps, the known gaps and the searchable catalogue. In Dutch, like the people who read it.
 *
 * @param localGaps  the known gaps the rules name in one wijk only, marked in the topic × wijk heat map
 * @param provenance one line saying which catalogue and rules it was made from
 */
public record HtmlReport(Coverage coverage, GapNeighbours.Result gaps, LocalGaps localGaps, SeedPassages passages,
                         String provenance) {
    private static final Set<Topic> COMPANY = Set.of(Topic.LONELINESS, Topic.PARTICIPATION);

    public String html() {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Sociale kaart Dordrecht: positionering, dekking en gaten</title>\n<style>\n")
                .append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>Sociale kaart Dordrecht: positionering, dekking en gaten</h1>\n<p class=\"provenance\">")
                .append(coverage.catalogue().offers().size()).append(" voorzieningen · ").append(Html.esc(provenance)).append("</p>\n")
                .append("<nav><a href=\"#findings\">Bevindingen</a> <a href=\"#matrix\">Positioneringsmatrix</a> ")
                .append("<a href=\"#coverage\">Dekking</a> <a href=\"#gaps\">Bekende gaten</a> <a href=\"#catalogue\">Catalogus</a></nav>\n")
                .append("</header>\n<main>\n");
        section(b, "findings", "Bevindingen van S1, nagerekend op de catalogus", findings());
        section(b, "matrix", "Positioneringsmatrix per onderwerp (S1 §5.3)", matrices());
        section(b, "coverage", "Dekking: laagste drempel per onderwerp", coverageMaps());
        section(b, "gaps", "Bekende gaten", GapSection.render(coverage.catalogue(), gaps, passages));
        section(b, "catalogue", "De catalogus", CatalogueTable.render(coverage.catalogue()));
        return b.append("</main>\n<script>\n").append(ReportStyle.SEARCH_JS).append("</script>\n</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder b, String id, String title, String body) {
        b.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.esc(title)).append("</h2>\n")
                .append(body).append("</section>\n");
    }

    private String findings() {
        List<Offer> housing = coverage.lowThresholdSpecific(Topic.HOUSING);
        List<Offer> lgbti = coverage.meetingPlacesFor(Group.LGBTI);
        Coverage.AgeBand children = Coverage.AGE_BANDS.get(0);
        List<Offer> kids = coverage.madeForChildren(children, COMPANY);
        List<String> kidsWijken = coverage.catalogue().neighbourhoods().stream()
                .filter(w -> kids.stream().anyMatch(o -> o.isIn(w))).toList();
        return "<ul class=\"findings\">\n"
                + finding("housing", housing.isEmpty(), "Wonen: laagdrempelig specifiek aanbod (drempel ≤ "
                        + Coverage.LOW_THRESHOLD + ", voor iedereen)", HeatMaps.names(housing), "S1 §5.1, Tabel 2")
                + finding("lgbti", lgbti.isEmpty(), "LHBTI: ontmoetingsplek", HeatMaps.names(lgbti), "S1 §5.1")
                + finding("children", kids.size() <= 5, "Kinderen " + children.label() + ": aanbod gemaakt voor hun leeftijd "
                        + "over eenzaamheid of meedoen", kids.size() + " (" + HeatMaps.names(kids) + "); in de wijk zelf in "
                        + kidsWijken.size() + " van " + coverage.catalogue().neighbourhoods().size() + " wijken ("
                        + Html.esc(Html.join(kidsWijken)) + ")", "S1 §5.1, §5.3 Tabel 2")
                + "</ul>\n";
    }

    private static String finding(String id, boolean confirmed, String what, String found, String source) {
        return "<li data-finding=\"" + id + "\" class=\"" + (confirmed ? "confirmed" : "not-confirmed") + "\"><b>"
                + Html.esc(what) + ":</b> " + found + " <small>(" + Html.esc(source) + "; "
                + (confirmed ? "bevestigd door de data" : "niet meer zo in de data") + ")</small></li>\n";
    }

    private String matrices() {
        StringBuilder b = new StringBuilder("<p>Per onderwerp het aanbod naar formeel/informeel en algemeen/specifiek, ")
                .append("met de basisdrempel in het bolletje. ↗ = verwijst door; * = alleen voor één groep. Veiligheidsaanbod (112, 113, Veilig Thuis) ")
                .append("staat er niet in: dat wordt bereikt via signalen, niet via het onderwerp.</p>\n")
                .append(HeatMaps.legend()).append("<div class=\"matrices\">\n");
        for (Topic t : Topic.values()) {
            b.append("<figure id=\"matrix-").append(t).append("\"><figcaption>").append(Html.esc(t.label()))
                    .append("</figcaption>\n")
                    .append(MatrixSvg.render(t, coverage.matrix(t))).append("\n</figure>\n");
        }
        return b.append("</div>\n").toString();
    }

    private String coverageMaps() {
        return "<p>Per cel de laagste basisdrempel van het aanbod dat er voor iedereen is, zonder veiligheidsaanbod, "
                + "zonder doorverwijzers en zonder aanbod alleen voor één groep. Klein: aantal aanbod · waarvan gericht "
                + "op die leeftijd. Per wijk telt alleen het aanbod in de wijk zelf, zodat een gat in één wijk opvalt. Ga met "
                + "de muis op een cel staan voor de namen.</p>\n"
                + HeatMaps.legend() + "<h3>Onderwerp × leeftijd</h3>\n" + HeatMaps.byAge(coverage)
                + "<h3>Onderwerp × wijk</h3>\n<div class=\"scroll\">" + HeatMaps.byWijk(coverage, localGaps) + "</div>\n";
    }
}
