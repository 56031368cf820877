package nl.dordrecht.triage.internal.report;

import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;

/**
 * The S1 §5.3 positioning matrix of one topic as inline SVG: rows formal / informal, columns general / specific, each
 * quadrant listing its offers with their base threshold. An empty quadrant says so: that is the finding S1 reads off.
 */
final class MatrixSvg {
    private static final int WIDTH = 620;
    private static final int AXIS = 28;
    private static final int QUADRANT_WIDTH = (WIDTH - AXIS) / 2;
    private static final int LINE = 18;
    private static final int PADDING = 26;
    private static final int NAME_CHARS = 38;

    private MatrixSvg() {
    }

    static String render(Topic topic, Map<Coverage.Quadrant, List<Offer>> matrix) {
        int top = rows(matrix, Coverage.Quadrant.FORMAL_GENERAL, Coverage.Quadrant.FORMAL_SPECIFIC);
        int bottom = rows(matrix, Coverage.Quadrant.INFORMAL_GENERAL, Coverage.Quadrant.INFORMAL_SPECIFIC);
        int topHeight = PADDING + top * LINE + 8;
        int bottomHeight = PADDING + bottom * LINE + 8;
        int height = AXIS + topHeight + bottomHeight;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"matrix\" data-topic=\"").append(topic).append("\" ")
                .append("width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"Positioneringsmatrix ")
                .append(Html.esc(topic.label())).append("\">\n");
        text(svg, AXIS + QUADRANT_WIDTH / 2, 18, "axis", "algemeen");
        text(svg, AXIS + QUADRANT_WIDTH * 3 / 2, 18, "axis", "specifiek");
        svg.append("<text class=\"axis\" transform=\"translate(18,").append(AXIS + topHeight / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">formeel</text>\n");
        svg.append("<text class=\"axis\" transform=\"translate(18,").append(AXIS + topHeight + bottomHeight / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">informeel</text>\n");
        quadrant(svg, matrix, Coverage.Quadrant.FORMAL_GENERAL, AXIS, AXIS, topHeight);
        quadrant(svg, matrix, Coverage.Quadrant.FORMAL_SPECIFIC, AXIS + QUADRANT_WIDTH, AXIS, topHeight);
        quadrant(svg, matrix, Coverage.Quadrant.INFORMAL_GENERAL, AXIS, AXIS + topHeight, bottomHeight);
        quadrant(svg, matrix, Coverage.Quadrant.INFORMAL_SPECIFIC, AXIS + QUADRANT_WIDTH, AXIS + topHeight, bottomHeight);
        return svg.append("</svg>").toString();
    }

    private static int rows(Map<Coverage.Quadrant, List<Offer>> m, Coverage.Quadrant a, Coverage.Quadrant b) {
        // At least two rows, so the rotated axis label fits beside the quadrants.
        return Math.max(2, Math.max(m.get(a).size(), m.get(b).size()));
    }

    private static void quadrant(StringBuilder svg, Map<Coverage.Quadrant, List<Offer>> matrix, Coverage.Quadrant q,
                                 int x, int y, int height) {
        List<Offer> offers = matrix.get(q);
        svg.append("<g class=\"quadrant").append(offers.isEmpty() ? " empty" : "").append("\" data-quadrant=\"")
                .append(q).append("\">\n");
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(QUADRANT_WIDTH)
                .append("\" height=\"").append(height).append("\"/>\n");
        svg.append("<text class=\"qlabel\" x=\"").append(x + 8).append("\" y=\"").append(y + 17).append("\">")
                .append(Html.esc(q.label)).append(" (").append(offers.size()).append(")</text>\n");
        if (offers.isEmpty()) {
            text(svg, x + QUADRANT_WIDTH / 2, y + PADDING + 12, "none", "geen aanbod");
        }
        int row = y + PADDING + 12;
        for (Offer o : offers) {
            svg.append("<g class=\"offer\" data-offer=\"").append(Html.esc(o.getId())).append("\"><title>")
                    .append(Html.esc(o.getName())).append(" (drempel ").append(o.getThreshold())
                    .append(o.isSignpost() ? ", verwijst door" : "")
                    .append(o.isExclusive() ? ", alleen voor " + Html.join(o.getOnlyForGroups().stream().map(g -> g.label()).sorted().toList()) : "").append(")</title>");
            svg.append("<circle cx=\"").append(x + 16).append("\" cy=\"").append(row - 4).append("\" r=\"7\" fill=\"")
                    .append(Html.colour(o.getThreshold())).append("\"/>");
            svg.append("<text class=\"t\" x=\"").append(x + 16).append("\" y=\"").append(row - 0.5).append("\" fill=\"")
                    .append(Html.textColour(o.getThreshold())).append("\">").append(o.getThreshold()).append("</text>");
            svg.append("<text class=\"name").append(o.isSignpost() ? " signpost" : "").append("\" x=\"").append(x + 28)
                    .append("\" y=\"").append(row).append("\">").append(Html.esc(Html.shorten(o.getName(), NAME_CHARS)))
                    .append(o.isSignpost() ? " ↗" : "").append(o.isExclusive() ? " *" : "").append("</text></g>\n");
            row += LINE;
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, int x, int y, String cls, String text) {
        svg.append("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" text-anchor=\"middle\">").append(Html.esc(text)).append("</text>\n");
    }
}
