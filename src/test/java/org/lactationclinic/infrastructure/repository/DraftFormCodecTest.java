package org.lactationclinic.infrastructure.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

class DraftFormCodecTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2025, 3, 5, 10, 0);

    private static Consultation draft() {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.of(2025, 3, 1, 8, 0), 266, 3100));
        StaffUser consultant = new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));
        return Consultation.start(mother, mother.getInfants(), consultant, ConsultationType.INITIAL, VISIT);
    }

    private static DraftForm form(Consultation consultation) {
        Infant maya = consultation.getMother().getInfants().getFirst();
        InfantFindings findings = new InfantFindings(consultation, maya);
        findings.setWeightGrams(3050);
        findings.getFeeds().add(new FeedObservation(BreastSideType.LEFT, FeedPositionType.CRADLE));
        MotherFindings mother = new MotherFindings();
        mother.getWellbeing().setSleepNote("Sleeps in two-hour stretches");
        return new DraftForm(
                ConsultationType.FOLLOW_UP,
                VISIT.plusMinutes(5),
                List.of(maya.getUuid()),
                "Sore on the left",
                null,
                "Shallow latch",
                "Laid-back position",
                List.of(findings),
                mother);
    }

    @Test
    void decode_shouldGiveBackTheFormReferringToTheRecordsLoadedNow() {
        Consultation consultation = draft();
        DraftForm typed = form(consultation);

        DraftForm read = DraftFormCodec.decode(DraftFormCodec.encode(typed), consultation)
                .orElseThrow();

        assertEquals(ConsultationType.FOLLOW_UP, read.type());
        assertEquals(VISIT.plusMinutes(5), read.startedAt());
        assertEquals(typed.note(), read.note());
        assertEquals(typed.infantUuids(), read.infantUuids());
        InfantFindings findings = read.findings().getFirst();
        assertEquals(3050, findings.getWeightGrams());
        assertEquals(1, findings.getFeeds().size());
        assertSame(consultation.getMother().getInfants().getFirst(), findings.getInfant());
        assertEquals(
                "Sleeps in two-hour stretches", read.mother().getWellbeing().getSleepNote());
    }

    @Test
    void decode_shouldRefuseAFormOfAnotherConsultation() {
        byte[] ofAnother = DraftFormCodec.encode(form(draft()));

        assertTrue(DraftFormCodec.decode(ofAnother, draft()).isEmpty());
    }

    @Test
    void readingFilter_shouldAdmitTheFormsClassesOnly() {
        assertEquals(
                ObjectInputFilter.Status.ALLOWED,
                DraftFormCodec.admits(org.lactationclinic.domain.consultation.DraftForm.class));
        assertEquals(ObjectInputFilter.Status.ALLOWED, DraftFormCodec.admits(java.time.LocalDateTime.class));
        assertEquals(ObjectInputFilter.Status.REJECTED, DraftFormCodec.admits(javax.management.ObjectName.class));
        assertEquals(
                ObjectInputFilter.Status.REJECTED,
                DraftFormCodec.admits(org.lactationclinic.web.consultation.ConsultationEditBacking.class));
        assertEquals(
                ObjectInputFilter.Status.REJECTED,
                DraftFormCodec.admits(org.lactationclinic.infrastructure.repository.ConsultationAutosave.class));
    }

    @Test
    void decode_shouldRefuseClassesThatAreNotTheForms() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new javax.management.ObjectName("a:b=c"));
        }

        assertEquals(Optional.empty(), DraftFormCodec.decode(bytes.toByteArray(), draft()));
    }
}
