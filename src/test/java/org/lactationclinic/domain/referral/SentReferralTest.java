package org.lactationclinic.domain.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/** What a referral sent, matched to the clinic's infants or made into a new one, nothing guessed (issue 14). */
class SentReferralTest {

    private static final String MRN = "https://hospital.example/mrn";
    private static final LocalDate BORN = LocalDate.of(2026, 11, 1);

    /** Maya as a sender writes her: identifier, name, birth date and sex, no birth time. */
    private static final SentReferral.Person MAYA = new SentReferral.Person(
            "urn:uuid:maya", "Maya", "Okafor", BORN, null, "female", List.<String[]>of(new String[] {MRN, "H-5502"}));

    private static final SentReferral SENT = new SentReferral(
            null,
            List.of(MAYA),
            List.of(
                    new SentReferral.Weight(MAYA.key(), BORN, 3400, true, "Observation/bw"),
                    new SentReferral.Weight(MAYA.key(), BORN.plusDays(5), 3050, false, "Observation/w5")),
            List.of(),
            List.of(),
            BORN.plusDays(5),
            List.of(),
            null);

    @Test
    void infantOf_shouldGoByIdentifierThenGivenNameAndBirthDate() {
        Mother byNumber = new Mother("Amara", "Okafor", LocalDate.of(1991, 4, 12));
        Infant renamed = byNumber.addInfant(
                new Infant("Mia", "Okafor", SexType.FEMALE, LocalDateTime.of(2026, 11, 2, 1, 0), 270, 3400));
        renamed.identifyAs(new PersonIdentifier(MRN, "H-5502"));
        assertEquals(Optional.of(renamed), MAYA.infantOf(byNumber));

        Mother byName = new Mother("Amara", "Okafor", LocalDate.of(1991, 4, 12));
        Infant accented = byName.addInfant(
                new Infant("Máya", "Okafor", SexType.FEMALE, LocalDateTime.of(2026, 11, 1, 23, 50), 270, 3400));
        byName.addInfant(new Infant("Ola", "Okafor", SexType.FEMALE, LocalDateTime.of(2026, 11, 1, 23, 59), 270, 3300));
        assertEquals(Optional.of(accented), MAYA.infantOf(byName));

        Mother other = new Mother("Amara", "Okafor", LocalDate.of(1991, 4, 12));
        other.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.of(2026, 11, 3, 1, 0), 270, 3400));
        assertEquals(Optional.empty(), MAYA.infantOf(other), "another birth date is another baby");

        SentReferral.Person nameless = new SentReferral.Person("b", null, "Okafor", BORN, null, null, List.of());
        assertEquals(Optional.empty(), nameless.infantOf(byName), "no given name sent: too little to tell");
    }

    @Test
    void newBaby_shouldTakeWhatWasSentAndNeedTheRestTyped() {
        NewBaby form = NewBaby.of(SENT, MAYA);
        assertEquals(MAYA.key(), form.getKey());
        assertEquals(SexType.FEMALE, form.getSex());
        assertTrue(form.isSexSent());
        assertEquals(3400, form.getBirthWeightGrams(), "the birth weight, not the later weight");
        assertTrue(form.isBirthWeightSent());
        assertNull(form.getBirthTime(), "no birth time was sent: none is made up");
        assertFalse(form.isBirthTimeSent());
        assertNull(form.getGestationalWeeks());
        assertThrows(ClinicalRuleException.class, () -> form.newInfant(MAYA));

        form.setBirthTime(LocalTime.of(6, 30));
        form.setGestationalWeeks(38);
        Infant infant = form.newInfant(MAYA);
        assertEquals(LocalDateTime.of(2026, 11, 1, 6, 30), infant.getBirthDateTime());
        assertEquals(38 * 7, infant.getGestationalAgeDays());
        assertEquals("H-5502", infant.getIdentifiers().getFirst().getValue());
    }

    @Test
    void newBaby_shouldLeaveSexAndBirthWeightToTheConsultantWhenNotSent() {
        SentReferral.Person unknown = new SentReferral.Person("b", "Lia", "Okafor", BORN, null, "unknown", List.of());
        NewBaby form = NewBaby.of(SENT, unknown);
        assertNull(form.getSex(), "\"unknown\" is neither sex");
        assertFalse(form.isSexSent());
        assertNull(form.getBirthWeightGrams(), "Maya's birth weight is not Lia's");
        assertFalse(form.isBirthWeightSent());
    }

    @Test
    void weightsOf_shouldGiveOneBabysWeightsBirthWeightIncluded() {
        assertEquals(
                List.of(3400, 3050),
                SENT.weightsOf(MAYA).stream().map(SentReferral.Weight::grams).toList());
        assertEquals(List.of(), SENT.weightsOf(new SentReferral.Person("b", null, null, null, null, null, List.of())));
    }
}
