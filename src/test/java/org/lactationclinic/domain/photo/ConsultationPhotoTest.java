package org.lactationclinic.domain.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.settings.PhotoSizeLimit;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

/**
 * A photograph's void ({@link ConsultationPhoto}): as it is while its consultation is a draft; once signed, only
 * through an amendment opened by the consultant who voids it (product.md: signed records are corrected by amendments,
 * nothing clinical is deleted).
 */
class ConsultationPhotoTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2025, 3, 5, 10, 0);
    private static final Instant SIGNED_AT = Instant.parse("2025-03-05T11:30:00Z");
    private static final Instant LATER = SIGNED_AT.plusSeconds(86_400);

    private final StaffUser ana = consultant("ana");
    private final StaffUser grace = consultant("grace");

    @Test
    void voidInAmendment_byTheConsultantWhoOpenedIt_shouldVoidItWithWhoWhenWhyAndTheAmendmentsNumber()
            throws IOException {
        Consultation consultation = draft();
        ConsultationPhoto first = photoOf(consultation);
        ConsultationPhoto second = photoOf(consultation);
        consultation.sign(ana, SIGNED_AT);

        consultation.amend(grace, LATER, "Photograph of another mother");
        first.voidInAmendment(grace, "  Photograph of another mother ", LATER);

        assertTrue(first.isVoided());
        assertEquals("Photograph of another mother", first.getVoidReason());
        assertEquals("grace", first.getVoidedBy());
        assertEquals(LATER, first.getVoidedAt());
        assertEquals(Optional.of(1), first.getVoidedInAmendment());
        assertEquals(ConsultationStatus.AMENDED, consultation.getStatus());
        assertEquals(
                "Photograph of another mother",
                consultation.getAmendments().getFirst().reason());

        consultation.amend(ana, LATER.plusSeconds(60), "Taken before she consented");
        second.voidInAmendment(ana, "Taken before she consented", LATER.plusSeconds(60));
        assertEquals(Optional.of(2), second.getVoidedInAmendment(), "the second amendment's number");
    }

    @Test
    void voidInAmendment_withoutAnAmendmentOpenedByTheSameConsultant_shouldBeRefused() throws IOException {
        Consultation consultation = draft();
        ConsultationPhoto photo = photoOf(consultation);
        consultation.sign(ana, SIGNED_AT);

        assertEquals("photo.message.error.amendmentRequired", refusal(() -> photo.voidInAmendment(grace, "x", LATER)));
        consultation.amend(grace, LATER, "Wrong mother");
        assertEquals(
                "photo.message.error.amendmentRequired",
                refusal(() -> photo.voidInAmendment(ana, "Wrong mother", LATER)),
                "grace's amendment, not ana's");
        assertFalse(photo.isVoided());
        assertEquals(Optional.empty(), photo.getVoidedInAmendment());
    }

    @Test
    void voidInAmendment_withABlankReason_shouldBeRefused() throws IOException {
        Consultation consultation = draft();
        ConsultationPhoto photo = photoOf(consultation);
        consultation.sign(ana, SIGNED_AT);
        consultation.amend(grace, LATER, "Wrong mother");

        assertEquals(
                "clinic.message.error.voidReasonRequired", refusal(() -> photo.voidInAmendment(grace, "  ", LATER)));
        assertFalse(photo.isVoided());
    }

    @Test
    void draftsPhotograph_shouldBeVoidedAsItIs_notByAnAmendment() throws IOException {
        Consultation draft = draft();
        ConsultationPhoto photo = photoOf(draft);

        assertEquals("photo.message.error.amendmentRequired", refusal(() -> photo.voidInAmendment(ana, "x", LATER)));
        photo.voidPhoto("Blurred", "ana", LATER);

        assertTrue(photo.isVoided());
        assertEquals(Optional.empty(), photo.getVoidedInAmendment());
    }

    @Test
    void signedConsultationsPhotograph_shouldNotBeVoidedAsADraftsIs_evenDuringAnAmendment() throws IOException {
        Consultation consultation = draft();
        ConsultationPhoto photo = photoOf(consultation);
        consultation.sign(ana, SIGNED_AT);
        consultation.amend(ana, LATER, "Wrong mother");

        assertEquals("photo.message.error.signed", refusal(() -> photo.voidPhoto("Wrong mother", "ana", LATER)));
        assertFalse(photo.isVoided());
    }

    @Test
    void voidedConsultationsPhotograph_shouldNotBeVoidedByAnAmendment() throws IOException {
        Consultation consultation = draft();
        ConsultationPhoto photo = photoOf(consultation);
        consultation.sign(ana, SIGNED_AT);
        consultation.amend(ana, LATER, "Wrong mother");
        consultation.voidRecord("Recorded for the wrong mother", "ana", LATER);

        assertFalse(consultation.isAmendable());
        assertEquals(
                "photo.message.error.amendmentRequired",
                refusal(() -> photo.voidInAmendment(ana, "Wrong mother", LATER)));
    }

    @Test
    void consultation_shouldBeAmendableOnceSigned_andAmendedByWhoeverOpenedTheAmendment() {
        Consultation consultation = draft();
        assertFalse(consultation.isAmendable(), "a draft is revised, not amended");
        consultation.sign(ana, SIGNED_AT);
        assertTrue(consultation.isAmendable());
        assertFalse(consultation.isBeingAmendedBy(ana));
        assertEquals(0, consultation.getAmendmentCount());

        consultation.amend(grace, LATER, "Wrong start time");

        assertTrue(consultation.isBeingAmendedBy(grace));
        assertFalse(consultation.isBeingAmendedBy(ana));
        assertEquals(1, consultation.getAmendmentCount());
        assertTrue(consultation.isAmendable(), "an amended consultation takes further amendments");
    }

    // ---- fixtures

    private Consultation draft() {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.of(2025, 3, 1, 8, 0), 266, 3100));
        return Consultation.start(mother, mother.getInfants(), ana, ConsultationType.INITIAL, VISIT);
    }

    /** Attached while the consultation was a draft: a signed one takes none. */
    private static ConsultationPhoto photoOf(Consultation draft) throws IOException {
        return ConsultationPhoto.attach(
                draft,
                PhotoSubjectType.NIPPLE_TRAUMA,
                PhotoImage.of(PhotoImageTest.jpeg(40, 30), PhotoSizeLimit.DEFAULT));
    }

    private static String refusal(Runnable action) {
        return assertThrows(ClinicalRuleException.class, action::run).getMessageKey();
    }

    private static StaffUser consultant(String username) {
        return new StaffUser(username, username, "hash", EnumSet.of(RoleType.CONSULTANT));
    }
}
