package org.lactationclinic.infrastructure.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.referral.ReferralConditionType.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.referral.ReferralRules;
import org.lactationclinic.domain.referral.SentReferral;

/**
 * The inbox's reader on fixtures written for each kind of messiness of issue 14 (src/test/resources/fhir/referrals).
 */
class ReferralReaderTest {

    @Test
    void cleanR4Bundle_shouldGiveMotherBabyWeightsAnswersAndEveryConditionMet() throws IOException {
        SentReferral result = ReferralReader.read(fixture("r4-clean.json"));

        assertEquals(List.of(), result.notUnderstood());
        assertEquals("Amara", result.mother().givenName());
        assertEquals("H-5501", result.mother().identifiers().getFirst()[1]);
        assertEquals(1, result.babies().size());
        SentReferral.Person maya = result.babies().getFirst();
        assertEquals(LocalDate.of(2026, 11, 1), maya.birthDate());
        assertEquals(
                List.of(3400, 3050),
                result.weights().stream().map(SentReferral.Weight::grams).toList());
        assertEquals(LocalDate.of(2026, 11, 6), result.referralDate());
        assertEquals(
                Set.of(
                        MOTHER_CONCERNS,
                        MILK_NOT_IN_BY_DAY_4,
                        FEW_WET_DIAPERS,
                        STOOLS_NOT_TRANSITIONED_BY_DAY_4,
                        WEIGHT_UNDER_91_PERCENT_BEFORE_DAY_10),
                ReferralRules.conditionsMet(result.factsFor(maya)));
    }

    @Test
    void dstu3WithStringsAndSingleObjects_shouldBeReadAsTheyMean() throws IOException {
        SentReferral result = ReferralReader.read(fixture("dstu3-strings-and-single-answers.json"));

        assertEquals(List.of(), result.notUnderstood());
        assertEquals("Rosa", result.mother().givenName(), "the mother from the RelatedPerson, a single name object");
        SentReferral.Person lia = result.babies().getFirst();
        assertEquals("Lia", lia.givenName(), "a single given name where FHIR wants a list");
        assertEquals(
                List.of(3200, 2890),
                result.weights().stream().map(SentReferral.Weight::grams).toList(),
                "numbers sent as strings, in g and kg");
        assertEquals(
                Set.of(
                        STOOLS_NOT_TRANSITIONED_BY_DAY_4,
                        STOOLS_NOT_TRANSITIONED_AFTER_MILK,
                        WEIGHT_UNDER_91_PERCENT_BEFORE_DAY_10),
                ReferralRules.conditionsMet(result.factsFor(lia)),
                "\"true\"/\"FALSE\" as booleans; 6.5 wet diapers a day is enough");
    }

    @Test
    void weightsInPoundsAndOunces_shouldBeConvertedAndWeightsWithoutAUnitRefused() throws IOException {
        SentReferral result = ReferralReader.read(fixture("weights-g-kg-lb-oz.json"));

        assertEquals(
                List.of(3402, 3062, 3175),
                result.weights().stream().map(SentReferral.Weight::grams).toList());
        assertEquals(2, result.notUnderstood().size(), result.notUnderstood().toString());
        assertTrue(result.notUnderstood().get(0).contains("w3c")
                && result.notUnderstood().get(0).contains("no unit"));
        assertTrue(result.notUnderstood().get(1).contains("about seven pounds"));
        assertEquals("Jana", result.mother().givenName());
    }

    @Test
    void conditionalReferences_shouldResolveToThePatientSentOrBeReported() throws IOException {
        SentReferral result = ReferralReader.read(fixture("conditional-references.json"));

        assertEquals(1, result.babies().size());
        assertEquals("Tobi", result.babies().getFirst().givenName());
        assertEquals(
                List.of(2950),
                result.weights().stream().map(SentReferral.Weight::grams).toList());
        assertEquals(1, result.notUnderstood().size());
        assertTrue(result.notUnderstood().getFirst().contains("given=Kemi")
                && result.notUnderstood().getFirst().contains("matches 0"));
    }

    @Test
    void missingOptionalFieldsAndUnknownItems_shouldReadWhatIsThereAndReportTheRest() throws IOException {
        SentReferral result = ReferralReader.read(fixture("missing-optional-and-not-understood.json"));

        assertNotNull(result.note(), "no RelatedPerson: the rule used to tell mother from baby is said");
        assertEquals("Patient/kid", result.babies().getFirst().key());
        assertEquals("Patient/mum", result.mother().key());
        assertNull(result.mother().givenName());
        List<String> problems = result.notUnderstood();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Encounter")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Blood pressure")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"yes\" is not true or false")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("favourite-colour")));
        // "yes" is not taken for true: the milk rule is not applied; the concerns are
        assertEquals(
                Set.of(MOTHER_CONCERNS),
                ReferralRules.conditionsMet(result.factsFor(result.babies().getFirst())));
    }

    @Test
    void notJson_shouldBeOneProblemAndNothingElse() {
        SentReferral result = ReferralReader.read("<Bundle xmlns=\"http://hl7.org/fhir\"/>");
        assertEquals(1, result.notUnderstood().size());
        assertTrue(result.babies().isEmpty());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ReferralReaderTest.class.getResourceAsStream("/fhir/referrals/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
