package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void everyCodeHasALabelAndEveryLabelACode() {
        Set<String> expected = new HashSet<>();
        Labels.codeTypes().values().forEach(type -> {
            for (Enum<?> code : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + code.name();
                expected.add(key);
                if (code instanceof Reluctance) {
                    expected.add(key + ".phrase");
                }
                assertThat(((Labelled) code).label()).as(key).isNotBlank().isNotEqualTo(code.name());
            }
        });
        assertThat(Labels.keys()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void labelsAreDutchAndReadAsUtf8WhateverTheLocale() {
        assertThat(Topic.LETTERS_AND_FORMS.label()).isEqualTo("Brieven en formulieren");
        assertThat(Complexity.SINGLE_SPECIFIC.label()).startsWith("Eén vraag");
        assertThat(Handover.EMERGENCY.label()).contains("vóór");
    }

    @Test
    void reluctanceMarkersCarryTheSeedsOwnPhrases() {
        assertThat(Reluctance.NORMALISED.phrase()).contains("Dit hoort nu eenmaal bij mijn leven.");
        assertThat(Reluctance.SELF_RELIANCE.phrase()).contains("Ik hoor het zelf te kunnen oplossen.");
        assertThat(Reluctance.SHAME.phrase()).contains("Dit is te privé om met iemand te bespreken.");
        assertThat(Reluctance.FEAR_OF_CONSEQUENCES.phrase()).contains("doorgegeven");
        assertThat(Labels.phrases()).hasSize(Reluctance.values().length);
    }

    @Test
    void allLabelsAreKeyedByTheContractsFieldNames() {
        Map<String, Map<String, String>> all = Labels.all();
        assertThat(all.keySet()).containsExactly("safetySignals", "topics", "complexity", "reluctance", "barriers",
                "groups", "channel", "route", "handover", "fallback");
        assertThat(all.get("topics")).containsEntry("DEBTS", Topic.DEBTS.label()).hasSize(Topic.values().length);
        assertThat(all.get("route")).containsEntry("REFER_WIJKTEAM", "Naar het Sociaal Wijkteam");
        // Not "on the spot": on the phone, at the GP or in an app the general offer nearby helps (reviews 10).
        assertThat(Route.HELP_ON_THE_SPOT.label()).isEqualTo("Algemeen aanbod dichtbij, zonder verwijzing");
    }
}
