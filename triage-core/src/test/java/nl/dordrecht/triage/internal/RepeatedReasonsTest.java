package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedReasonsTest {
    private static final String AGE_BAND = "Voor ouders van kinderen van 0 tot en met 3 jaar.";

    @Test
    void aLineThreeSuggestionsShareIsSaidAtTheFirstOnly() {
        List<List<String>> said = RepeatedReasons.sayOnce(List.of(
                List.of("Andere ouders ontmoeten.", AGE_BAND),
                List.of("Vrijwilligers aan huis.", AGE_BAND),
                List.of("Professionele hulp aan huis.", AGE_BAND)));

        assertThat(said).containsExactly(
                List.of("Andere ouders ontmoeten.", AGE_BAND),
                List.of("Vrijwilligers aan huis."),
                List.of("Professionele hulp aan huis."));
    }

    @Test
    void aLineTwoSuggestionsShareStaysWithBoth() {
        List<List<String>> reasons = List.of(List.of("Eén adres.", "Kent geld."), List.of("Eén adres.", "Kent schulden."),
                List.of("Vrij toegankelijk."));

        assertThat(RepeatedReasons.sayOnce(reasons)).isEqualTo(reasons);
    }

    @Test
    void aSuggestionKeepsItsOnlyReasonEvenWhenOthersShareIt() {
        List<List<String>> said = RepeatedReasons.sayOnce(List.of(
                List.of(AGE_BAND, "Ontmoeten."), List.of(AGE_BAND), List.of(AGE_BAND, "Aan huis.")));

        assertThat(said).containsExactly(List.of(AGE_BAND, "Ontmoeten."), List.of(AGE_BAND), List.of("Aan huis."));
    }

    @Test
    void namingAlikeMeetingPlacesIsNoReasonOfItsOwn() {
        String alike = AdviceAssembler.ALIKE_MEETING_PLACES + "DOOR, Wijk voor Wijk.";
        List<List<String>> said = RepeatedReasons.sayOnce(List.of(
                List.of("Algemeen aanbod."), List.of("Algemeen aanbod.", alike), List.of("Algemeen aanbod.", "Kent geld.")));

        assertThat(said).containsExactly(List.of("Algemeen aanbod."), List.of("Algemeen aanbod.", alike),
                List.of("Kent geld."));
    }
}
