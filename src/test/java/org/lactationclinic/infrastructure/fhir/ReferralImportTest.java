package org.lactationclinic.infrastructure.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.referral.ReferralConditionType;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/** From what a referral's reader understood to the clinic's records, storing nothing guessed (issue 14). */
class ReferralImportTest {

    @Test
    void received_shouldKeepThePayloadTheConditionsAndEveryItemNotUnderstood() throws IOException {
        String payload = fixture("missing-optional-and-not-understood.json");
        Referral referral =
                ReferralImport.received(ReferralChannelType.UPLOAD, "mum.json", payload, ReferralReader.read(payload));

        assertEquals(payload, referral.getPayload());
        assertEquals(ReferralReader.read(payload).notUnderstood(), referral.getNotUnderstoodItems());
        assertTrue(
                referral.getNotUnderstoodCount() >= 4,
                referral.getNotUnderstoodItems().toString());
        // "yes" is not a boolean: milk-came-in is not used, so only the concerns rule holds
        assertEquals(List.of(ReferralConditionType.MOTHER_CONCERNS), referral.getConditionsMet());
        assertFalse(referral.getUnderstood().contains("\"given\""), "no name was sent: " + referral.getUnderstood());
        assertFalse(referral.getUnderstood().contains("\"gender\""), referral.getUnderstood());
        assertFalse(referral.getUnderstood().contains("yes"), referral.getUnderstood());
        assertTrue(referral.getUnderstood().contains("\"referralDate\":\"2026-11-14\""), referral.getUnderstood());
    }

    @Test
    void newMother_shouldNeedHerNameAndBirthDateSent() throws IOException {
        SentReferral nameless = ReferralReader.read(fixture("missing-optional-and-not-understood.json"));
        assertThrows(ClinicalRuleException.class, () -> ReferralImport.newMother(nameless.mother()));

        SentReferral clean = ReferralReader.read(fixture("r4-clean.json"));
        Mother mother = ReferralImport.newMother(clean.mother());
        assertEquals("Amara", mother.getGivenName());
        assertEquals(LocalDate.of(1991, 4, 12), mother.getDateOfBirth());
        assertEquals("H-5501", mother.getIdentifiers().getFirst().getValue());
    }

    @Test
    void weights_shouldImportTheLaterWeightsWithTheirSourceAndNotTheBirthWeight() throws IOException {
        String payload = fixture("weights-g-kg-lb-oz.json");
        SentReferral result = ReferralReader.read(payload);
        SentReferral.Person baby = result.babies().getFirst();
        Infant infant = new Mother("A", "B", LocalDate.of(1990, 1, 1))
                .addInfant(new Infant("C", "B", SexType.MALE, baby.birthDate().atTime(1, 0), 280, 3500));
        Referral referral = ReferralImport.received(ReferralChannelType.ENDPOINT, null, payload, result);

        List<ImportedWeight> imported = ReferralImport.weights(result, Map.of(baby.key(), infant), referral);

        List<SentReferral.Weight> later = result.weights().stream()
                .filter(w -> !w.birthWeight() && w.on() != null)
                .toList();
        assertFalse(later.isEmpty());
        assertEquals(
                later.stream().map(SentReferral.Weight::grams).toList(),
                imported.stream().map(ImportedWeight::getWeightGrams).toList());
        assertEquals(
                later.stream().map(SentReferral.Weight::source).toList(),
                imported.stream().map(ImportedWeight::getSource).toList());
        assertTrue(imported.stream().allMatch(w -> w.getReferral() == referral && w.getInfant() == infant));
    }

    @Test
    void referral_shouldBeDecidedOnceAndRejectedOnlyWithAReason() {
        Referral referral = ReferralImport.received(ReferralChannelType.UPLOAD, null, "[]", ReferralReader.read("[]"));
        assertThrows(ClinicalRuleException.class, () -> referral.reject(" ", "ana", Instant.now()));
        referral.reject("Not ours", "ana", Instant.now());
        assertThrows(
                ClinicalRuleException.class,
                () -> referral.accept(new Mother("A", "B", LocalDate.of(1990, 1, 1)), "ana", Instant.now()));
        assertThrows(
                ClinicalRuleException.class,
                () -> new Referral(
                        ReferralChannelType.UPLOAD,
                        null,
                        "x".repeat(Referral.PAYLOAD_MAX + 1),
                        "{}",
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of()));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ReferralImportTest.class.getResourceAsStream("/fhir/referrals/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
