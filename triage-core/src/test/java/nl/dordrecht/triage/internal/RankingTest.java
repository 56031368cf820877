package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.fact.Candidate;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.fact.Offer;
import org.junit.jupiter.api.Test;

/** The order of choosing (the route's offers first) and the order of showing (lightest first). */
class RankingTest {
    private static Offer offer(String id) throws IOException {
        try (InputStream in = RankingTest.class.getResourceAsStream("/mini/catalogue.yaml")) {
            SourceFile file = new SourceFile("catalogue.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return CatalogueReader.read(file).catalogue().offers().stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
        }
    }

    private static Candidate candidate(String id, int tier, int threshold) throws IOException {
        return new Candidate(offer(id), tier, threshold, 0, false, false, tier == Candidate.NAMED, List.of("reden"));
    }

    @Test
    void theRoutesOffersAreChosenFirstButTheAlternativesAreShownLightestFirst() throws IOException {
        List<Candidate> candidates = new ArrayList<>(List.of(
                candidate("meeting-place", Candidate.NAMED, 1),
                candidate("wijkteam", Candidate.ON_ROUTE, 5),
                candidate("safety-line", Candidate.ALTERNATIVE, 4)));

        candidates.sort(Ranking.ORDER);
        assertThat(candidates).extracting(c -> c.offer().getId()).containsExactly("wijkteam", "safety-line", "meeting-place");

        candidates.sort(Ranking.SHOWN);
        assertThat(candidates).extracting(c -> c.offer().getId()).containsExactly("meeting-place", "safety-line", "wijkteam");
    }

    @Test
    void aReasonThatOnlyRanksAnOfferAfterOthersIsNotSaidOfItAsThePrimary() throws IOException {
        Candidate nurse = new Candidate(offer("wijkteam"), Candidate.ON_ROUTE, 3, 1, false, false, false,
                List.of("Kent opvoeden.", "Kijkt vooral naar gezondheid."), List.of("Kijkt vooral naar gezondheid."));
        assertThat(nurse.reasons()).containsExactly("Kent opvoeden.", "Kijkt vooral naar gezondheid.");
        assertThat(nurse.reasonsAsPrimary()).containsExactly("Kent opvoeden.");

        Candidate onlyAfter = new Candidate(offer("wijkteam"), Candidate.ON_ROUTE, 3, 1, false, false, false,
                List.of("Kijkt vooral naar gezondheid."), List.of("Kijkt vooral naar gezondheid."));
        assertThat(onlyAfter.reasonsAsPrimary()).as("a suggestion always carries a reason").containsExactly("Kijkt vooral naar gezondheid.");
    }
}
