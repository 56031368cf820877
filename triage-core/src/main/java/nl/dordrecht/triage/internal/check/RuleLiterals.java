package nl.dordrecht.triage.internal.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;

/**
 * Names rules compare as text, which the compiler cannot check: a wijk ({@code neighbourhood == "Dubeldam"},
 * {@code isIn( "Dubeldam" )}), an offer id ({@code id == "…"}) or a gap code ({@code code == "…"}). A name the
 * catalogue does not know makes the rule silently never fire, so it is an error, with the nearest known name.
 */
final class RuleLiterals {
    private static final Pattern WIJK = Pattern.compile("(?:\\bneighbourhood\\s*[!=]=\\s*|\\bisIn\\(\\s*)\"([^\"]*)\"");
    private static final Pattern OFFER = Pattern.compile("\\b(?:id|offerId)\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern GAP = Pattern.compile("\\bcode\\s*[!=]=\\s*\"([^\"]*)\"");

    private RuleLiterals() {
    }

    static List<Problem> check(List<SourceFile> rules, Catalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        List<String> ids = catalogue.offers().stream().map(Offer::getId).toList();
        for (SourceFile rule : rules) {
            RuleText text = new RuleText(rule.content());
            for (int n = 1; n <= text.lineCount(); n++) {
                String line = RuleText.stripComment(text.line(n));
                unknown(problems, rule, n, line, WIJK, catalogue.neighbourhoods(), "wijk");
                unknown(problems, rule, n, line, OFFER, ids, "offer id");
                unknown(problems, rule, n, line, GAP, catalogue.gaps().keySet(), "gap code");
            }
        }
        return problems;
    }

    private static void unknown(List<Problem> problems, SourceFile rule, int n, String line, Pattern pattern,
                                Collection<String> known, String what) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            String name = m.group(1);
            if (!known.contains(name)) {
                problems.add(new Problem(rule.name(), n, m.start(1) + 1, "the catalogue has no " + what + " \"" + name
                        + "\", so this never matches" + DidYouMean.hint(name, known)));
            }
        }
    }
}
