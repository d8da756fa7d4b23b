package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;

/**
 * Autosave in a running server against the real database: within the minute, autosaves are coalesced into the one
 * revision the first of them wrote, with the latest form kept as a scratch copy until a save; a stale version is still
 * a conflict; a signed consultation is never autosaved; a form a save would refuse is not kept.
 */
class AutosaveIT extends ContainerTestBase {

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource dataSource;

    @Test
    void autosaves_shouldWriteOneRevisionAMinuteAndKeepTheLatestFormUntilSaved() throws Exception {
        Consultation draft = startWithOneInfant();
        int revisionsAtStart = revisionsOf(draft);

        ConsultationService.Autosaved first = autosave(draft, draft.getVersion(), "Sore", 3100);
        assertTrue(first.revisionWritten(), "the first autosave of an editing session writes");
        long version = first.consultation().getVersion();
        for (String subjective : List.of("Sore on the", "Sore on the left", "Sore on the left since day 3")) {
            ConsultationService.Autosaved kept = autosave(draft, version, subjective, 3080);
            assertFalse(kept.revisionWritten(), "within the minute: a scratch copy");
            assertEquals(version, kept.consultation().getVersion());
        }

        assertEquals(revisionsAtStart + 1, revisionsOf(draft), "four autosaves, one revision");
        Consultation stored = asConsultant.call(() -> consultations.get(draft.getUuid()));
        assertEquals("Sore", stored.getNote().subjective());
        assertEquals(3100, stored.findingsFor(baby(stored)).orElseThrow().getWeightGrams());
        ConsultationService.AutosavedForm restored = asConsultant
                .call(() -> consultations.autosavedForm(draft.getUuid()))
                .orElseThrow();
        DraftForm form = restored.form().orElseThrow();
        assertEquals("Sore on the left since day 3", form.subjective());
        assertEquals(3080, form.findings().getFirst().getWeightGrams());
        assertEquals(baby(stored), form.findings().getFirst().getInfant());

        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                draft.getUuid(),
                version,
                DraftForm.of(
                        form.type(),
                        form.startedAt(),
                        form.infantUuids(),
                        form.note(),
                        form.findings(),
                        form.mother())));
        assertEquals("Sore on the left since day 3", saved.getNote().subjective());
        assertEquals(revisionsAtStart + 2, revisionsOf(draft));
        assertTrue(
                asConsultant
                        .call(() -> consultations.autosavedForm(draft.getUuid()))
                        .isEmpty(),
                "the save replaced the scratch copy");
        assertFalse(
                autosave(saved, saved.getVersion(), "After the save", 3080).revisionWritten(),
                "a save starts the minute too");
        assertEquals(revisionsAtStart + 2, revisionsOf(draft));
    }

    /**
     * A scratch copy typed on a version saved over since is shown as outdated once, when the page opens, and dropped
     * for good: the page's read, which also records the view, writes the drop.
     */
    @Test
    void outdatedScratchCopy_shouldBeDroppedWhenThePageOpens_andStayDropped() throws Exception {
        Consultation draft = startWithOneInfant();
        withScratchCopy(draft);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement outdate = connection.prepareStatement(
                        "update consultation_autosave set version_on_form = version_on_form - 1"
                                + " where consultation_id = (select id from consultation where uuid = ?)")) {
            outdate.setObject(1, draft.getUuid());
            assertEquals(1, outdate.executeUpdate());
        }

        ConsultationService.Opened opened = asConsultant.call(() -> consultations.open(draft.getUuid()));
        ConsultationService.Opened again = asConsultant.call(() -> consultations.open(draft.getUuid()));

        assertTrue(opened.autosaved().orElseThrow().isOutdated());
        assertTrue(again.autosaved().isEmpty(), "dropped when the page opened, and written");
        assertEquals("Sore", again.consultation().getNote().subjective());
    }

    /** Her own care-plan save moves the version on; the note she typed a moment before must still come back. */
    @Test
    void scratchCopy_shouldSurviveHerOwnCarePlanSave() throws Exception {
        Consultation draft = startWithOneInfant();
        long version = withScratchCopy(draft);

        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.COMFORTABLE_FEEDS, null, null));
        Consultation planned = asConsultant.call(() -> consultations.saveCarePlan(draft.getUuid(), version, plan));

        ConsultationService.AutosavedForm restored = asConsultant
                .call(() -> consultations.autosavedForm(draft.getUuid()))
                .orElseThrow();
        assertEquals(
                "Sore on the left",
                restored.form().orElseThrow().subjective(),
                "the scratch copy is not outdated by her plan");
        DraftForm form = restored.form().orElseThrow();
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                draft.getUuid(),
                planned.getVersion(),
                DraftForm.of(
                        form.type(),
                        form.startedAt(),
                        form.infantUuids(),
                        form.note(),
                        form.findings(),
                        form.mother())));
        assertEquals("Sore on the left", saved.getNote().subjective());
        assertEquals(
                GoalType.COMFORTABLE_FEEDS,
                saved.carePlan().getGoals().getFirst().getType(),
                "the plan stays");
    }

    @Test
    void autosave_shouldRefuseAFormLoadedBeforeSomeoneSaved() throws Exception {
        Consultation draft = startWithOneInfant();
        Consultation saved = autosave(draft, draft.getVersion(), "First", 3100).consultation();
        asConsultant.call(() -> consultations.saveDraft(
                saved.getUuid(),
                saved.getVersion(),
                DraftForm.of(
                        saved.getType(),
                        saved.getStartedAt(),
                        List.of(baby(saved).getUuid()),
                        new SoapNote("Saved elsewhere", null, null, null),
                        List.of(),
                        new MotherFindings())));

        assertThrows(
                ConcurrentEditException.class,
                () -> autosave(draft, saved.getVersion(), "Typed on the old form", 3100));
        assertEquals(
                "Saved elsewhere",
                asConsultant
                        .call(() -> consultations.get(draft.getUuid()))
                        .getNote()
                        .subjective());
    }

    @Test
    void autosave_shouldNeverTouchASignedConsultation() throws Exception {
        Consultation draft = startWithOneInfant();
        Consultation saved = autosave(draft, draft.getVersion(), "Seen", 3100).consultation();
        autosave(saved, saved.getVersion(), "Seen and typed on", 3100);
        Consultation signed = asConsultant.call(() -> consultations.sign(saved.getUuid(), saved.getVersion()));

        assertEquals(
                "consultation.message.error.signed",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> autosave(signed, signed.getVersion(), "After signing", 3100))
                        .getMessageKey());
        assertTrue(asConsultant
                .call(() -> consultations.autosavedForm(draft.getUuid()))
                .isEmpty());
        assertEquals(
                "Seen",
                asConsultant
                        .call(() -> consultations.get(draft.getUuid()))
                        .getNote()
                        .subjective());
    }

    @Test
    void autosave_shouldKeepNothingASaveWouldRefuse() throws Exception {
        Consultation draft = startWithOneInfant();
        Consultation saved = autosave(draft, draft.getVersion(), "Seen", 3100).consultation();
        Infant baby = baby(saved);
        InfantFindings beforeBirth = new InfantFindings(saved, baby);
        beforeBirth.setWeightGrams(3000);
        beforeBirth.setWeighedAt(baby.getBirthDateTime().minusHours(1));
        DraftForm refused = new DraftForm(
                saved.getType(),
                saved.getStartedAt(),
                List.of(baby.getUuid()),
                "Weighed before birth?",
                null,
                null,
                null,
                List.of(beforeBirth),
                new MotherFindings());

        assertEquals(
                "charting.message.error.weighedBeforeBirth",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(
                                        () -> consultations.autosave(saved.getUuid(), saved.getVersion(), refused)))
                        .getMessageKey());
        assertTrue(asConsultant
                .call(() -> consultations.autosavedForm(draft.getUuid()))
                .isEmpty());
        assertNull(asConsultant
                .call(() -> consultations.get(draft.getUuid()))
                .getNote()
                .objective());
    }

    private ConsultationService.Autosaved autosave(
            Consultation consultation, long version, String subjective, int grams) throws Exception {
        Infant baby = baby(consultation);
        InfantFindings weighed = new InfantFindings(consultation, baby);
        weighed.setWeightGrams(grams);
        weighed.setWeighedAt(consultation.getStartedAt());
        DraftForm form = new DraftForm(
                consultation.getType(),
                consultation.getStartedAt(),
                List.of(baby.getUuid()),
                subjective,
                null,
                null,
                null,
                List.of(weighed),
                new MotherFindings());
        return asConsultant.call(() -> consultations.autosave(consultation.getUuid(), version, form));
    }

    /** Envers revisions of the consultation or its findings, as its history page lists them. */
    private int revisionsOf(Consultation consultation) throws Exception {
        return asConsultant
                .call(() -> consultations.versionsOf(consultation.getUuid()))
                .size();
    }

    private static Infant baby(Consultation consultation) {
        return consultation.getInfants().getFirst();
    }

    /**
     * Autosaves the draft twice: "Sore", which writes a revision, then "Sore on the left" within the minute, kept as
     * her scratch copy. Returns the version both were typed on.
     */
    private long withScratchCopy(Consultation draft) throws Exception {
        long version =
                autosave(draft, draft.getVersion(), "Sore", 3100).consultation().getVersion();
        assertFalse(autosave(draft, version, "Sore on the left", 3100).revisionWritten());
        return version;
    }

    private Consultation startWithOneInfant() throws Exception {
        String family = uniqueName("Autosave");
        Mother mother = new Mother("Ines", family, LocalDate.now().minusYears(29));
        mother.addInfant(new Infant(
                "Rosa", family, SexType.FEMALE, LocalDateTime.now().minusDays(6).withNano(0), 275, 3200));
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        return asConsultant.call(() -> consultations.start(registered.getUuid()));
    }
}
