package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.breast.BreastStateType;
import org.lactationclinic.domain.breast.ContributingFactorType;
import org.lactationclinic.domain.breast.NippleIntegrityType;
import org.lactationclinic.domain.breast.SupplyConcern;
import org.lactationclinic.domain.breast.SupplyConcernType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationVersion;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsItemType;

/**
 * The consultation as a legal record, in a running server: signed means locked, a correction is an amendment with a
 * reason that keeps every earlier version, and of two saves of the same version exactly one wins.
 */
class SigningIT extends ContainerTestBase {

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource dataSource;

    @Test
    void signedConsultation_shouldRefuseEditsAndTakeAnAmendmentWithItsReasonIntoTheHistory() throws Exception {
        Consultation draft = startWithOneInfant();
        Infant baby = draft.getInfants().getFirst();
        InfantFindings weighed = new InfantFindings(draft, baby);
        weighed.setWeightGrams(3100);
        weighed.setWeighedAt(draft.getStartedAt());
        Consultation saved =
                save(draft, new SoapNote("Sore nipples", null, null, "Laid-back feeding"), List.of(weighed));
        Consultation signed = asConsultant.call(() -> consultations.sign(saved.getUuid(), saved.getVersion()));

        assertEquals(
                "consultation.message.error.signed",
                assertThrows(ClinicalRuleException.class, () -> save(signed, SoapNote.empty(), List.of()))
                        .getMessageKey());
        assertEquals(
                "consultation.message.error.amendReasonRequired",
                assertThrows(ClinicalRuleException.class, () -> amend(signed, " ", 3010))
                        .getMessageKey());

        Consultation amended = amend(signed, "Weight read from the wrong scale", 3010);

        assertEquals(ConsultationStatus.AMENDED, amended.getStatus());
        assertEquals(3010, amended.findingsFor(baby).orElseThrow().getWeightGrams());
        assertEquals(
                "Weight read from the wrong scale",
                amended.getAmendments().getFirst().reason());
        assertTrue(amended.getFlags().isEmpty()
                || amended.getFlags().stream().allMatch(flag -> flag.infantUuid() != null));

        List<ConsultationVersion> versions = asConsultant.call(() -> consultations.versionsOf(signed.getUuid()));
        assertTrue(versions.size() >= 4, "started, saved, signed, amended: " + versions.size());
        ConsultationVersion last = versions.getLast();
        assertEquals(ConsultationStatus.AMENDED, last.status());
        assertEquals("Weight read from the wrong scale", last.reason());
        assertEquals(AsConsultant.USERNAME, last.savedBy());
        ConsultationVersion.Change weightChange = last.changes().stream()
                .filter(change -> change.fieldKey().equals("ConsultationVersion.field.findings"))
                .findFirst()
                .orElseThrow();
        assertEquals(baby.getGivenName(), weightChange.subject());
        assertTrue(
                weightChange.before().contains("3100 g") && weightChange.after().contains("3010 g"),
                weightChange.toString());
        assertTrue(versions.stream().anyMatch(version -> version.status() == ConsultationStatus.SIGNED));
    }

    @Test
    void database_shouldRefuseAnInPlaceChangeOfASignedConsultationEvenFromTheAppsOwnRole() throws Exception {
        Consultation draft = startWithOneInfant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement draftEdit =
                        connection.prepareStatement("update consultation set plan = 'draft plan' where id = ?")) {
            draftEdit.setLong(1, draft.getId());
            assertEquals(1, draftEdit.executeUpdate(), "a draft changes freely");
        }
        Consultation reloaded = asConsultant.call(() -> consultations.get(draft.getUuid()));
        Consultation signed = asConsultant.call(() -> consultations.sign(reloaded.getUuid(), reloaded.getVersion()));

        for (String sql : List.of(
                "update consultation set plan = 'changed behind the record' where id = ?",
                "update consultation set status = 'DRAFT' where id = ?",
                "update consultation set epds_10 = 3 where id = ?",
                "update consultation set status = 'AMENDED' where id = ?",
                "update consultation set amendment_count = amendment_count + 2, plan = 'two at once' where id = ?")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, signed.getId());
                assertThrows(SQLException.class, update::executeUpdate, sql);
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement bookkeeping =
                        connection.prepareStatement("update consultation set changed_by = 'dba' where id = ?")) {
            bookkeeping.setLong(1, signed.getId());
            assertEquals(1, bookkeeping.executeUpdate(), "bookkeeping columns stay free");
        }
        Consultation current = asConsultant.call(() -> consultations.get(signed.getUuid()));
        Consultation amended = asConsultant.call(() -> consultations.amend(
                current.getUuid(),
                current.getVersion(),
                "Plan clarified",
                DraftForm.of(
                        current.getType(),
                        current.getStartedAt(),
                        List.of(current.getInfants().getFirst().getUuid()),
                        new SoapNote(null, null, null, "Clarified plan"),
                        List.of(),
                        current.motherFindings())));
        assertEquals(ConsultationStatus.AMENDED, amended.getStatus(), "an amendment passes the guard");
        assertEquals("Clarified plan", amended.getNote().plan());
    }

    @Test
    void twoConsultantsSavingTheSameVersion_shouldLeaveExactlyOneWinner() throws Exception {
        Consultation draft = startWithOneInfant();
        Infant baby = draft.getInfants().getFirst();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Consultation>> saves = new ArrayList<>();
        for (int grams : new int[] {3050, 3060}) {
            saves.add(() -> {
                InfantFindings form = new InfantFindings(draft, baby);
                form.setWeightGrams(grams);
                form.setWeighedAt(draft.getStartedAt());
                start.await();
                return save(draft, new SoapNote("Saved with " + grams, null, null, null), List.of(form));
            });
        }
        // the container's own threads, so each save is a real request of its own with its own transaction
        List<Future<Consultation>> results =
                saves.stream().map(executor::submit).toList();
        start.countDown();
        int won = 0;
        int lost = 0;
        for (Future<Consultation> result : results) {
            try {
                result.get();
                won++;
            } catch (ExecutionException e) {
                assertInstanceOf(
                        ConcurrentEditException.class,
                        e.getCause(),
                        () -> "the loser is told, not overwritten: " + causes(e));
                lost++;
            }
        }
        assertEquals(1, won);
        assertEquals(1, lost);
        Consultation stored = asConsultant.call(() -> consultations.get(draft.getUuid()));
        int weight = stored.findingsFor(baby).orElseThrow().getWeightGrams();
        assertEquals("Saved with " + weight, stored.getNote().subjective(), "the winner's note and weight, not a mix");
    }

    @Test
    void epdsItem10Positive_shouldRaiseTheUrgentFlagAndBlockSigningUntilAcknowledged() throws Exception {
        Consultation draft = startWithOneInfant();
        MotherFindings mother = new MotherFindings();
        mother.getWellbeing()
                .setEpds10(2); // "Hardly ever" in printed order: Yes, quite often / Sometimes / Hardly ever / Never
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                draft.getUuid(),
                draft.getVersion(),
                DraftForm.of(
                        draft.getType(),
                        draft.getStartedAt(),
                        List.of(draft.getInfants().getFirst().getUuid()),
                        SoapNote.empty(),
                        List.of(),
                        mother)));

        ConsultationFlag urgent = saved.getFlags().getFirst();
        assertEquals("EpdsFlagType.SELF_HARM_URGENT", urgent.flagKey(), "the urgent flag comes first");
        assertEquals(null, urgent.infantUuid(), "about the mother");
        assertEquals(
                "consultation.message.error.selfHarmUnacknowledged",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> consultations.sign(saved.getUuid(), saved.getVersion())))
                        .getMessageKey());

        MotherFindings acknowledged = saved.motherFindings();
        acknowledged.getWellbeing().setAcknowledgingSelfHarm(true);
        Consultation again = asConsultant.call(() -> consultations.saveDraft(
                saved.getUuid(),
                saved.getVersion(),
                DraftForm.of(
                        saved.getType(),
                        saved.getStartedAt(),
                        List.of(saved.getInfants().getFirst().getUuid()),
                        SoapNote.empty(),
                        List.of(),
                        acknowledged)));
        assertEquals(AsConsultant.USERNAME, again.getWellbeing().getSelfHarmAcknowledgedBy());
        assertTrue(again.getWellbeing().getSelfHarmAcknowledgedAt() != null);

        Consultation signed = asConsultant.call(() -> consultations.sign(again.getUuid(), again.getVersion()));
        assertEquals(ConsultationStatus.SIGNED, signed.getStatus());
        assertEquals(
                1,
                signed.getWellbeing()
                        .screening()
                        .itemScore(EpdsItemType.ITEM_10)
                        .getAsInt());
    }

    @Test
    void breastFindingsWithFever_shouldRaiseTheMastitisReferralAndComeBackAsRecorded() throws Exception {
        Consultation draft = startWithOneInfant();
        MotherFindings mother = new MotherFindings();
        mother.getBreasts().getFirst().setRedness(true);
        mother.getBreasts().getFirst().setState(BreastStateType.ENGORGED);
        mother.getBreasts().getLast().setNippleSkin(List.of(NippleIntegrityType.CRACKED, NippleIntegrityType.BLEEDING));
        mother.getBreasts().getLast().setNipplePain(6);
        mother.setFever(true);
        mother.getConcerns()
                .add(new SupplyConcern(
                        SupplyConcernType.ENGORGEMENT, LocalDate.now().minusDays(2), "Left breast since Monday"));
        mother.setFactors(
                new ArrayList<>(List.of(ContributingFactorType.FEEDING_PATTERN, ContributingFactorType.SLEEP)));

        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                draft.getUuid(),
                draft.getVersion(),
                DraftForm.of(
                        draft.getType(),
                        draft.getStartedAt(),
                        List.of(draft.getInfants().getFirst().getUuid()),
                        SoapNote.empty(),
                        List.of(),
                        mother)));

        ConsultationFlag mastitis = saved.getFlags().stream()
                .filter(flag -> flag.flagKey().equals("BreastFlagType.MASTITIS_WITH_FEVER"))
                .findFirst()
                .orElseThrow();
        assertTrue(mastitis.referral());
        MotherFindings stored =
                asConsultant.call(() -> consultations.get(saved.getUuid())).motherFindings();
        assertEquals(BreastStateType.ENGORGED, stored.getBreasts().getFirst().getState());
        assertEquals(6, stored.getBreasts().getLast().getNipplePain());
        assertEquals(
                List.of(NippleIntegrityType.CRACKED, NippleIntegrityType.BLEEDING),
                stored.getBreasts().getLast().getNippleSkin(),
                "several skin findings on one side (V18)");
        assertTrue(
                saved.getFlags().stream()
                        .anyMatch(flag -> flag.flagKey().equals("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE")),
                "pain 6 with cracked, bleeding skin, whatever the EPDS");
        assertTrue(stored.isFever());
        assertEquals("Left breast since Monday", stored.getConcerns().getFirst().getNote());
        assertEquals(
                List.of(ContributingFactorType.FEEDING_PATTERN, ContributingFactorType.SLEEP), stored.getFactors());
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.append(" <- ").append(cause);
        }
        return chain.toString();
    }

    private Consultation amend(Consultation signed, String reason, int grams) throws Exception {
        Infant baby = signed.getInfants().getFirst();
        InfantFindings corrected = signed.findingsFor(baby).orElseThrow().draftCopy();
        corrected.setWeightGrams(grams);
        List<UUID> seen = signed.getInfants().stream().map(Infant::getUuid).toList();
        return asConsultant.call(() -> consultations.amend(
                signed.getUuid(),
                signed.getVersion(),
                reason,
                DraftForm.of(
                        signed.getType(),
                        signed.getStartedAt(),
                        seen,
                        signed.getNote(),
                        List.of(corrected),
                        new MotherFindings())));
    }

    private Consultation save(Consultation consultation, SoapNote note, List<InfantFindings> findings)
            throws Exception {
        List<UUID> seen =
                consultation.getInfants().stream().map(Infant::getUuid).toList();
        return asConsultant.call(() -> consultations.saveDraft(
                consultation.getUuid(),
                consultation.getVersion(),
                DraftForm.of(
                        consultation.getType(),
                        consultation.getStartedAt(),
                        seen,
                        note,
                        findings,
                        new MotherFindings())));
    }

    private Consultation startWithOneInfant() throws Exception {
        String family = uniqueName("Sign");
        Mother mother = new Mother("Ines", family, LocalDate.now().minusYears(29));
        mother.addInfant(new Infant(
                "Rosa", family, SexType.FEMALE, LocalDateTime.now().minusDays(6).withNano(0), 275, 3200));
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        return asConsultant.call(() -> consultations.start(registered.getUuid()));
    }
}
