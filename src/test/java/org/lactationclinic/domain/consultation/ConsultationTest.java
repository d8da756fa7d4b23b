package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.charting.SupplementGiven;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

class ConsultationTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2025, 3, 5, 10, 0);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 12, 0);
    private static final Instant SIGNED_AT = Instant.parse("2025-03-05T11:30:00Z");

    private static StaffUser consultant(String username) {
        return new StaffUser(username, "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));
    }

    private static Mother motherWithInfant() {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.of(2025, 3, 1, 8, 0), 266, 3100));
        return mother;
    }

    private static Consultation draft(Mother mother, StaffUser consultant) {
        return Consultation.start(mother, mother.getInfants(), consultant, ConsultationType.INITIAL, VISIT);
    }

    private static SoapNote note(String plan) {
        return new SoapNote("Sore nipples", "Shallow latch", "Positional pain", plan);
    }

    // --- start -------------------------------------------------------------------------------------------

    @Test
    void start_shouldCreateAnEditableDraft() {
        Mother mother = motherWithInfant();
        StaffUser ana = consultant("ana");

        Consultation consultation = draft(mother, ana);

        assertEquals(ConsultationStatus.DRAFT, consultation.getStatus());
        assertTrue(consultation.isEditable());
        assertNull(consultation.getSignedAt());
        assertSame(mother, consultation.getMother());
        assertSame(ana, consultation.getConsultant());
        assertEquals(ConsultationType.INITIAL, consultation.getType());
        assertEquals(VISIT, consultation.getStartedAt());
        assertEquals(mother.getInfants(), consultation.getInfants());
        assertTrue(consultation.getNote().isEmpty());
    }

    @Test
    void start_shouldKeepTwinsInTheMothersOrder() {
        Mother mother = motherWithInfant();
        Infant twin = mother.addInfant(
                new Infant("Tobi", "Okafor", SexType.MALE, LocalDateTime.of(2025, 3, 1, 8, 9), 266, 2900));

        Consultation consultation = draft(mother, consultant("ana"));

        assertEquals(List.of(mother.getInfants().getFirst(), twin), consultation.getInfants());
    }

    @Test
    void start_shouldAcceptNoInfants() {
        Mother mother = motherWithInfant();

        Consultation consultation =
                Consultation.start(mother, List.of(), consultant("ana"), ConsultationType.PHONE_VIDEO, VISIT);

        assertTrue(consultation.getInfants().isEmpty());
    }

    @Test
    void start_shouldRefuseAnInfantOfAnotherMother() {
        Mother mother = motherWithInfant();
        Mother other = motherWithInfant();

        assertThrows(
                IllegalArgumentException.class,
                () -> Consultation.start(
                        mother, other.getInfants(), consultant("ana"), ConsultationType.INITIAL, VISIT));
    }

    // --- revise ------------------------------------------------------------------------------------------

    @Test
    void revise_shouldReplaceTypeTimeInfantsAndNoteWhileDraft() {
        Mother mother = motherWithInfant();
        Infant twin = mother.addInfant(
                new Infant("Tobi", "Okafor", SexType.MALE, LocalDateTime.of(2025, 3, 1, 8, 9), 266, 2900));
        Consultation consultation = draft(mother, consultant("ana"));

        consultation.revise(
                consultation.getConsultant(),
                NOW,
                ConsultationType.FOLLOW_UP,
                VISIT.plusDays(2),
                List.of(twin),
                note("Feed 8-12 times a day"));

        assertEquals(ConsultationType.FOLLOW_UP, consultation.getType());
        assertEquals(VISIT.plusDays(2), consultation.getStartedAt());
        assertEquals(List.of(twin), consultation.getInfants());
        assertEquals(note("Feed 8-12 times a day"), consultation.getNote());
        assertEquals(ConsultationStatus.DRAFT, consultation.getStatus());
    }

    @Test
    void revise_shouldTreatAMissingNoteAsEmpty() {
        Consultation consultation = draft(motherWithInfant(), consultant("ana"));
        consultation.revise(
                consultation.getConsultant(), NOW, ConsultationType.INITIAL, VISIT, List.of(), note("Feed on cue"));

        consultation.revise(consultation.getConsultant(), NOW, ConsultationType.INITIAL, VISIT, List.of(), null);

        assertTrue(consultation.getNote().isEmpty());
    }

    @Test
    void revise_shouldRefuseAnInfantOfAnotherMotherAndKeepTheInfantsSeen() {
        Mother mother = motherWithInfant();
        Consultation consultation = draft(mother, consultant("ana"));
        Infant stranger = motherWithInfant().getInfants().getFirst();

        assertThrows(
                IllegalArgumentException.class,
                () -> consultation.revise(
                        consultation.getConsultant(),
                        NOW,
                        ConsultationType.INITIAL,
                        VISIT,
                        List.of(stranger),
                        note("x")));

        assertEquals(mother.getInfants(), consultation.getInfants());
    }

    @Test
    void revise_byAnotherConsultant_shouldBeRefused() {
        Consultation consultation = draft(motherWithInfant(), consultant("ana"));

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> consultation.revise(
                        consultant("grace"), NOW, ConsultationType.INITIAL, VISIT, List.of(), note("Not hers")));

        assertEquals("consultation.message.error.reviseOwnOnly", refused.getMessageKey());
        assertTrue(consultation.getNote().isEmpty());
    }

    @Test
    void revise_startingAfterNow_shouldBeRefusedAndStartingNowAccepted() {
        Consultation consultation = draft(motherWithInfant(), consultant("ana"));

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> consultation.revise(
                        consultation.getConsultant(),
                        NOW,
                        ConsultationType.INITIAL,
                        NOW.plusMinutes(1),
                        List.of(),
                        null));
        consultation.revise(consultation.getConsultant(), NOW, ConsultationType.INITIAL, NOW, List.of(), null);

        assertEquals("consultation.message.error.startInFuture", refused.getMessageKey());
        assertEquals(NOW, consultation.getStartedAt());
    }

    // --- sign --------------------------------------------------------------------------------------------

    @Test
    void sign_shouldMakeTheConsultationSignedAndNoLongerEditable() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);

        consultation.sign(ana, SIGNED_AT);

        assertEquals(ConsultationStatus.SIGNED, consultation.getStatus());
        assertEquals(SIGNED_AT, consultation.getSignedAt());
        assertFalse(consultation.isEditable());
    }

    // clinical-reference.md, section 6: a contradiction to resolve before signing

    private static InfantFindings fedExclusivelyWith(Consultation consultation, SupplementType supplement) {
        InfantFindings form =
                new InfantFindings(consultation, consultation.getInfants().getFirst());
        form.setFeedingStatus(FeedingStatusType.EXCLUSIVE);
        form.getSupplements().add(new SupplementGiven(supplement, 30, null));
        return form;
    }

    @Test
    void sign_shouldRefuseExclusiveFeedingWithFormulaInTheLast24Hours() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);
        consultation.recordFindings(
                ana, NOW, List.of(fedExclusivelyWith(consultation, SupplementType.FORMULA)), List.of());

        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> consultation.sign(ana, SIGNED_AT));

        assertEquals("consultation.message.error.feedingStatusContradiction", refused.getMessageKey());
        assertEquals(ConsultationStatus.DRAFT, consultation.getStatus());
    }

    @Test
    void sign_shouldAcceptExclusiveFeedingWithExpressedBreastMilk() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);
        consultation.recordFindings(
                ana, NOW, List.of(fedExclusivelyWith(consultation, SupplementType.EXPRESSED_BREAST_MILK)), List.of());

        consultation.sign(ana, SIGNED_AT);

        assertEquals(ConsultationStatus.SIGNED, consultation.getStatus());
    }

    @Test
    void amend_shouldRefuseFindingsThatMakeFeedingExclusiveWithFormula() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);
        consultation.sign(ana, SIGNED_AT);
        consultation.amend(ana, SIGNED_AT.plusSeconds(60), "Supplements were missed");

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> consultation.recordFindings(
                        ana, NOW, List.of(fedExclusivelyWith(consultation, SupplementType.FORMULA)), List.of()));

        assertEquals("consultation.message.error.feedingStatusContradiction", refused.getMessageKey());
    }

    @Test
    void sign_shouldRefuseAnotherConsultant() {
        StaffUser ana = consultant("ana");
        StaffUser ben = consultant("ben");
        Consultation consultation = draft(motherWithInfant(), ana);

        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> consultation.sign(ben, SIGNED_AT));

        assertEquals("consultation.message.error.signOwnOnly", refused.getMessageKey());
        assertEquals(ConsultationStatus.DRAFT, consultation.getStatus());
        assertNull(consultation.getSignedAt());
        assertTrue(consultation.isEditable());
    }

    @Test
    void revise_shouldBeRefusedOnceSigned() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);
        consultation.revise(
                consultation.getConsultant(), NOW, ConsultationType.INITIAL, VISIT, List.of(), note("Feed on cue"));
        consultation.sign(ana, SIGNED_AT);

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> consultation.revise(
                        consultation.getConsultant(),
                        NOW,
                        ConsultationType.FOLLOW_UP,
                        VISIT.plusDays(1),
                        List.of(),
                        note("Changed after signing")));

        assertEquals("consultation.message.error.signed", refused.getMessageKey());
        assertEquals(ConsultationType.INITIAL, consultation.getType());
        assertEquals(VISIT, consultation.getStartedAt());
        assertEquals(note("Feed on cue"), consultation.getNote());
    }

    @Test
    void sign_shouldBeRefusedASecondTime() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);
        consultation.sign(ana, SIGNED_AT);

        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> consultation.sign(ana, SIGNED_AT.plusSeconds(3600)));

        assertEquals("consultation.message.error.signed", refused.getMessageKey());
        assertEquals(SIGNED_AT, consultation.getSignedAt());
    }

    // --- void --------------------------------------------------------------------------------------------

    @Test
    void isEditable_shouldBeFalseForAVoidedDraft() {
        Consultation consultation = draft(motherWithInfant(), consultant("ana"));

        consultation.voidRecord("Recorded on the wrong mother", "ana", SIGNED_AT);

        assertEquals(ConsultationStatus.DRAFT, consultation.getStatus());
        assertFalse(consultation.isEditable());
    }

    @Test
    void isEditable_shouldBeFalseForAVoidedSignedConsultation() {
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(motherWithInfant(), ana);
        consultation.sign(ana, SIGNED_AT);

        consultation.voidRecord("Recorded on the wrong mother", "ana", SIGNED_AT.plusSeconds(60));

        assertFalse(consultation.isEditable());
        assertTrue(consultation.isVoided());
    }

    @Test
    void status_shouldBeEditableOnlyAsDraft() {
        assertTrue(ConsultationStatus.DRAFT.isEditable());
        assertFalse(ConsultationStatus.SIGNED.isEditable());
        assertFalse(ConsultationStatus.AMENDED.isEditable());
    }

    // --- amend -------------------------------------------------------------------------------------------

    @Test
    void amend_byAnotherConsultantWithAReason_shouldAllowTheChangeAndRecordIt() {
        Mother mother = motherWithInfant();
        StaffUser ana = consultant("ana");
        StaffUser grace = consultant("grace");
        Consultation consultation = draft(mother, ana);
        consultation.sign(ana, SIGNED_AT);

        consultation.amend(grace, SIGNED_AT.plusSeconds(3600), "  Weight was typed for the wrong twin  ");
        consultation.revise(grace, NOW, ConsultationType.INITIAL, VISIT, mother.getInfants(), note("Corrected plan"));

        assertEquals(ConsultationStatus.AMENDED, consultation.getStatus());
        assertEquals("Corrected plan", consultation.getNote().plan());
        assertEquals(1, consultation.getAmendments().size());
        assertEquals("grace", consultation.getAmendments().getFirst().amendedBy());
        assertEquals(
                "Weight was typed for the wrong twin",
                consultation.getAmendments().getFirst().reason());
        assertFalse(consultation.isEditable(), "still locked for in-place edits");
    }

    @Test
    void amend_isForTheConsultantWhoOpenedIt_only() {
        Mother mother = motherWithInfant();
        StaffUser ana = consultant("ana");
        Consultation consultation = draft(mother, ana);
        consultation.sign(ana, SIGNED_AT);
        consultation.amend(consultant("grace"), SIGNED_AT, "Wrong start time");

        assertThrows(
                ClinicalRuleException.class,
                () -> consultation.revise(ana, NOW, ConsultationType.INITIAL, VISIT, mother.getInfants(), note("x")));
    }

    @Test
    void amend_withoutAReason_orOfADraft_orOfAVoidedRecord_shouldBeRefused() {
        Mother mother = motherWithInfant();
        StaffUser ana = consultant("ana");
        Consultation draft = draft(mother, ana);
        assertEquals(
                "consultation.message.error.amendSignedOnly",
                assertThrows(ClinicalRuleException.class, () -> draft.amend(ana, SIGNED_AT, "why"))
                        .getMessageKey());

        draft.sign(ana, SIGNED_AT);
        assertEquals(
                "consultation.message.error.amendReasonRequired",
                assertThrows(ClinicalRuleException.class, () -> draft.amend(ana, SIGNED_AT, "  "))
                        .getMessageKey());
        assertEquals(ConsultationStatus.SIGNED, draft.getStatus(), "a refused amendment changes nothing");

        draft.voidRecord("Wrong mother", "ana", SIGNED_AT);
        assertThrows(ClinicalRuleException.class, () -> draft.amend(ana, SIGNED_AT, "why"));
    }
}
