package nl.dordrecht.triage.internal.report;

import nl.dordrecht.triage.internal.Catalogue;

/** The known gaps (catalogue {@code gaps}): what is missing, the offers nearest to filling it, and the seed passage. */
final class GapSection {
    private GapSection() {
    }

    static String render(Catalogue catalogue, GapNeighbours.Result neighbours, SeedPassages passages) {
        StringBuilder b = new StringBuilder();
        for (Catalogue.Gap gap : catalogue.gaps().values()) {
            b.append("<article class=\"gap\" id=\"gap-").append(Html.esc(gap.code())).append("\">\n<h3>")
                    .append(Html.esc(gap.description())).append("</h3>\n<p class=\"source\">Bron: ").append(Html.esc(gap.source())).append("</p>\n");
            int questions = neighbours.questionsIn(gap.code());
            if (neighbours.of(gap.code()).isEmpty()) {
                b.append("<p class=\"nearest none\">Geen scenariovraag valt in dit gat, dus geen dichtstbijzijnd aanbod bekend.</p>\n");
            } else {
                b.append("<p class=\"nearest-intro\">Dichtst bij het vullen: wat de regels voorstellen bij de ")
                        .append(questions).append(questions == 1 ? " scenariovraag" : " scenariovragen")
                        .append(" die in dit gat vallen (aantal keer voorgesteld):</p>\n<ol class=\"nearest\">\n");
                for (GapNeighbours.Nearest n : neighbours.of(gap.code())) {
                    b.append("<li data-offer=\"").append(Html.esc(n.offer().getId())).append("\"><span class=\"chip\" style=\"background:")
                            .append(Html.colour(n.offer().getThreshold())).append(";color:")
                            .append(Html.textColour(n.offer().getThreshold())).append("\">").append(n.offer().getThreshold())
                            .append("</span> ").append(Html.esc(n.offer().getName())).append(" <small>(")
                            .append(n.times()).append("×)</small></li>\n");
                }
                b.append("</ol>\n");
            }
            SeedPassages.Passage passage = passages.find(gap.source(), gap.description());
            if (passage != null) {
                b.append("<blockquote class=\"passage\"><p>").append(Html.esc(passage.text()))
                        .append("</p><footer>Fragment uit ").append(Html.esc(passage.citation()))
                        .append(" (gekozen op overeenkomende woorden; controleer de bron)</footer></blockquote>\n");
            }
            b.append("</article>\n");
        }
        return b.toString();
    }
}
