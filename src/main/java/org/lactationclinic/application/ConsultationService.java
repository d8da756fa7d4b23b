package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.consultation.AutosavePolicy;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.ConsultationVersion;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.pumping.PumpingContext;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.ConsultationAutosave;
import org.lactationclinic.infrastructure.repository.ConsultationAutosaveRepository;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.DraftFormCodec;
import org.lactationclinic.infrastructure.repository.HistoryRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;
import org.lactationclinic.infrastructure.repository.PumpingRepository;
import org.lactationclinic.infrastructure.repository.StaffRepository;

/**
 * Starting, recording, signing and voiding consultations. Every change to an existing consultation names the version
 * its form was loaded at, so two consultants cannot overwrite each other.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class ConsultationService {

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private MotherRepository mothers;

    @Inject
    private StaffRepository staff;

    @Inject
    private HistoryRepository history;

    @Inject
    private ConsultationAutosaveRepository autosaves;

    @Inject
    private PumpingRepository pumpingEntries;

    @Inject
    private ClinicSettingsService settings;

    @Inject
    private PhotoService photos;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Starts a draft consultation, now, by the signed-in consultant, with all the mother's infants: an initial
     * consultation if she has never been seen, else a follow-up. The consultant changes either on the draft.
     */
    public Consultation start(@NotNull UUID motherUuid) {
        Mother mother = activeMother(motherUuid);
        ConsultationType type =
                consultations.hasAnyForMother(mother) ? ConsultationType.FOLLOW_UP : ConsultationType.INITIAL;
        return start(mother, mother.getActiveInfants(), type);
    }

    /** Starts a draft consultation, now, by the signed-in consultant, with the chosen infants of the mother. */
    public Consultation start(
            @NotNull UUID motherUuid, @NotNull Collection<UUID> infantUuids, @NotNull ConsultationType type) {
        Mother mother = activeMother(motherUuid);
        return start(mother, infantsOf(mother, infantUuids), type);
    }

    private Consultation start(Mother mother, List<Infant> infants, ConsultationType type) {
        Consultation consultation =
                Consultation.start(mother, infants, signedInConsultant(), type, LocalDateTime.now(clock));
        consultations.add(consultation);
        consultations.flush();
        recordChange(AuditActionType.CREATE, consultation);
        return consultation;
    }

    /**
     * Saves a draft's type, time, infants, note and infant findings, as they stood on the form loaded at
     * {@code versionOnForm}, with the mother's well-being (EPDS), and the flags all of it raises, computed again here
     * from fresh data.
     *
     * @param form the form, with detached findings (see {@link InfantFindings#draftCopy()}), one per infant at most;
     *     those of an infant not among its {@code infantUuids} are ignored
     */
    public Consultation saveDraft(@NotNull UUID uuid, long versionOnForm, @NotNull @Valid DraftForm form) {
        Consultation saved = applyForm(uuid, versionOnForm, null, form);
        recordChange(AuditActionType.UPDATE, saved);
        autosaves.revisionWritten(saved, actor.username(), clock.instant());
        return saved;
    }

    /** What an autosave did: wrote a revision of the consultation, or kept the form as a scratch copy. */
    public record Autosaved(Consultation consultation, Instant at, boolean revisionWritten, Instant nextRevisionAt) {}

    /**
     * Autosaves the holder's draft from the form loaded at {@code versionOnForm}, coalesced by {@link AutosavePolicy}:
     * either as {@link #saveDraft} does (one revision, one audit event, the same rules and flags), or, within a minute
     * of her last written revision, as a scratch copy of the form that {@link #autosavedForm} gives back when she
     * reopens the consultation. The scratch copy is working state, not a change to the record: it leaves no revision
     * and no audit event.
     *
     * @throws ClinicalRuleException when the consultation is signed, voided or another consultant's, or the form breaks
     *     a rule of {@link #saveDraft}
     * @throws ConcurrentEditException when someone saved it since the form was loaded
     */
    public Autosaved autosave(@NotNull UUID uuid, long versionOnForm, @NotNull @Valid DraftForm form) {
        Consultation consultation = get(uuid);
        consultation.checkAutosavableBy(signedInConsultant());
        consultation.checkVersion(versionOnForm);
        String username = actor.username();
        Instant now = clock.instant();
        Instant lastRevisionAt = autosaves
                .find(consultation, username)
                .map(ConsultationAutosave::getRevisionAt)
                .orElse(null);
        if (AutosavePolicy.writesRevision(lastRevisionAt, now)) {
            Consultation saved = saveDraft(uuid, versionOnForm, form);
            return new Autosaved(saved, now, true, AutosavePolicy.nextRevisionAt(now));
        }
        checkRulesOf(consultation, form);
        consultations.hold(consultation);
        autosaves.keepForm(consultation, username, DraftFormCodec.encode(form), versionOnForm, now);
        return new Autosaved(consultation, now, false, AutosavePolicy.nextRevisionAt(lastRevisionAt));
    }

    /**
     * The rules of {@link #applyForm}, checked without changing anything: a scratch copy holds nothing a save would
     * refuse.
     */
    private void checkRulesOf(Consultation consultation, DraftForm form) {
        LocalDateTime now = LocalDateTime.now(clock);
        Consultation.checkStart(form.startedAt(), now);
        infantsOf(consultation.getMother(), form.infantUuids());
        form.keptFindings().forEach(entered -> entered.checkRules(now));
    }

    /** A scratch copy of the signed-in consultant's form, and when it was autosaved. */
    public record AutosavedForm(Optional<DraftForm> form, Instant savedAt) {

        /** The copy was typed on a version someone has saved over since, or no longer reads: not shown. */
        public boolean isOutdated() {
            return form.isEmpty();
        }
    }

    /**
     * The scratch copy of her form that the signed-in consultant's last autosaves kept, if any, for the page to show
     * instead of the stored draft. A copy typed on an older version than the stored one (someone saved the consultation
     * since) is reported as outdated and dropped: applying it would overwrite that save.
     */
    public Optional<AutosavedForm> autosavedForm(@NotNull UUID uuid) {
        return autosavedFormOf(get(uuid));
    }

    /**
     * What the consultation page needs when it opens: the consultation with its charting, what its flags depend on, the
     * signed-in consultant's autosaved form if any, and its photographs section.
     */
    public record Opened(
            Consultation consultation,
            ChartingContext context,
            Optional<AutosavedForm> autosaved,
            PhotoService.PhotoSection photos) {}

    /**
     * Opens the consultation page: reads what it shows in one transaction and one read of the consultation (as
     * {@link #get}, {@link #chartingContext}, {@link #autosavedForm} and {@code PhotoService.sectionOf} one after the
     * other would, each reading the consultation and its charting again), and records the view in the audit trail,
     * last, in the same transaction. One call through the EJB container per view, where the photographs section and the
     * audit row made two more, each with its own transaction (issue 12).
     */
    public Opened open(@NotNull UUID uuid) {
        Consultation consultation = get(uuid);
        Opened opened = new Opened(
                consultation,
                chartingContext(consultation),
                autosavedFormOf(consultation),
                photos.sectionOf(consultation));
        UUID mother = consultation.getMother().getUuid();
        audit.recordForMother(AuditActionType.VIEW, AuditRecordType.CONSULTATION, uuid, mother, "mother " + mother);
        return opened;
    }

    private Optional<AutosavedForm> autosavedFormOf(Consultation consultation) {
        if (!consultation.isEditable()) {
            return Optional.empty();
        }
        String username = actor.username();
        return autosaves
                .find(consultation, username)
                .filter(ConsultationAutosave::hasForm)
                .map(kept -> {
                    Optional<DraftForm> form = kept.getVersionOnForm() == consultation.getVersion()
                            ? DraftFormCodec.decode(kept.getForm(), consultation)
                            : Optional.empty();
                    Instant savedAt = kept.getSavedAt();
                    if (form.isEmpty()) {
                        autosaves.dropForm(consultation, username);
                    }
                    return new AutosavedForm(form, savedAt);
                });
    }

    /**
     * Corrects a signed consultation: any consultant may, with a reason. The form's values replace the stored ones as
     * {@link #saveDraft} would; the consultation becomes {@code AMENDED} and its history keeps every earlier version.
     *
     * @throws ClinicalRuleException when the consultation is a draft or voided, or the reason is blank
     * @throws ConcurrentEditException when someone saved it since the form was loaded
     */
    public Consultation amend(@NotNull UUID uuid, long versionOnForm, String reason, @NotNull @Valid DraftForm form) {
        Consultation saved = applyForm(uuid, versionOnForm, Objects.requireNonNullElse(reason, ""), form);
        recordChange(AuditActionType.AMEND, saved);
        return saved;
    }

    /**
     * Applies the form in one database update of the consultation row: everything is read first, then the amendment
     * (when {@code amendmentReason} is not null) and the changes, then one flush. The database's guard on signed
     * consultations judges each row update on its own, so an amendment and its changes must arrive together.
     */
    private Consultation applyForm(UUID uuid, long versionOnForm, String amendmentReason, DraftForm form) {
        Consultation consultation = claimed(uuid, versionOnForm);
        StaffUser consultant = signedInConsultant();
        LocalDateTime now = LocalDateTime.now(clock);
        // read before changing anything: a query would otherwise flush half-applied changes
        ChartingContext context = chartingContext(consultation);
        LocalDateTime previousStart = consultation.getStartedAt();
        if (amendmentReason != null) {
            consultation.amend(consultant, clock.instant(), amendmentReason);
        }
        consultation.revise(
                consultant,
                now,
                form.type(),
                form.startedAt(),
                infantsOf(consultation.getMother(), form.infantUuids()),
                form.note());
        List<InfantFindings> seen = form.keptFindings();
        // the form may submit "Weighed at" as it was shown before she moved the visit's start
        seen.forEach(entered -> entered.followVisitStart(previousStart, form.startedAt()));
        consultation.recordMotherFindings(consultant, clock.instant(), form.mother());
        consultation.recordFindings(
                consultant, now, seen, context.flags(seen, consultation.motherFindings(), form.startedAt()));
        consultations.flush(consultation);
        return consultations.withCharting(consultation);
    }

    /**
     * Records the plan of a draft consultation, as it stood on the form loaded at {@code versionOnForm}.
     *
     * @throws ClinicalRuleException when the plan is incomplete or the consultation is not a draft
     * @throws ConcurrentEditException when someone saved the consultation since the form was loaded
     */
    public Consultation saveCarePlan(@NotNull UUID uuid, long versionOnForm, @NotNull @Valid CarePlan plan) {
        return recordCarePlan(uuid, versionOnForm, null, plan);
    }

    /**
     * Corrects the plan of a signed consultation, by any consultant, with a reason; the consultation becomes amended
     * and its history keeps the plan as it was.
     */
    public Consultation amendCarePlan(
            @NotNull UUID uuid, long versionOnForm, String reason, @NotNull @Valid CarePlan plan) {
        return recordCarePlan(uuid, versionOnForm, Objects.requireNonNullElse(reason, ""), plan);
    }

    /**
     * Saves the plan of a draft and signs the consultation with it, in one transaction: both, or neither (issue 12: the
     * plan written and signed in one flow, so that signing first does not leave a plan only an amendment can fill).
     * Refused while the signed-in consultant has form changes only autosaved as a scratch copy: signing would drop them
     * (see {@link #autosavedForm}); the consultation page saves its form before it opens the plan.
     */
    public Consultation saveCarePlanAndSign(@NotNull UUID uuid, long versionOnForm, @NotNull @Valid CarePlan plan) {
        Consultation consultation = get(uuid);
        boolean unsavedForm = autosaves
                .find(consultation, actor.username())
                .filter(kept -> kept.hasForm() && kept.getVersionOnForm() == consultation.getVersion())
                .isPresent();
        if (unsavedForm) {
            throw new ClinicalRuleException("care_plan.message.error.unsavedForm", "form changes only autosaved");
        }
        Consultation saved = recordCarePlan(uuid, versionOnForm, null, plan);
        return sign(uuid, saved.getVersion());
    }

    /** As {@link #applyForm}: the amendment and the plan arrive in one update of the consultation row. */
    private Consultation recordCarePlan(UUID uuid, long versionOnForm, String amendmentReason, CarePlan plan) {
        Consultation consultation = claimed(uuid, versionOnForm);
        StaffUser consultant = signedInConsultant();
        if (amendmentReason != null) {
            consultation.amend(consultant, clock.instant(), amendmentReason);
        }
        consultation.recordCarePlan(consultant, plan);
        consultations.flush(consultation);
        autosaves.carryOver(consultation, actor.username(), versionOnForm);
        recordChange(
                amendmentReason == null ? AuditActionType.UPDATE : AuditActionType.AMEND, consultation, "care plan, ");
        return consultations.withCharting(consultation);
    }

    /**
     * The consultation to change from a form loaded at {@code versionOnForm}: refused when someone saved it since, and
     * claimed (its version raised now) so that a concurrent save waits or fails.
     */
    private Consultation claimed(UUID uuid, long versionOnForm) {
        Consultation consultation = get(uuid);
        consultation.checkVersion(versionOnForm);
        consultations.claim(consultation);
        return consultation;
    }

    /** What the consultation's flags depend on besides its form: thresholds, earlier weights, her pumping log. */
    public ChartingContext chartingContext(@NotNull UUID uuid) {
        return chartingContext(get(uuid));
    }

    private ChartingContext chartingContext(Consultation consultation) {
        Mother mother = consultation.getMother();
        return new ChartingContext(
                settings.thresholds(),
                consultations.weighingsOf(mother.getActiveInfants(), consultation),
                PumpingContext.of(mother, pumpingEntries.entriesOf(mother)));
    }

    /** Signs the consultation; afterwards it is immutable. */
    public Consultation sign(@NotNull UUID uuid, long versionOnForm) {
        Consultation consultation = get(uuid);
        consultation.checkVersion(versionOnForm);
        consultation.sign(signedInConsultant(), clock.instant());
        consultations.flush(consultation);
        autosaves.removeAll(consultation);
        recordChange(AuditActionType.SIGN, consultation);
        return consultations.withCharting(consultation);
    }

    /** Voids a consultation recorded in error, with a reason; it leaves the lists but stays in the record. */
    public void voidConsultation(@NotNull UUID uuid, long versionOnForm, String reason) {
        Consultation consultation = get(uuid);
        consultation.checkVersion(versionOnForm);
        try {
            consultation.voidRecord(reason, actor.username(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
        consultations.flush(consultation);
        autosaves.removeAll(consultation);
        recordChange(AuditActionType.VOID, consultation);
    }

    /** The audit row of a change, in the change's transaction; the detail names the mother, by id. */
    private void recordChange(AuditActionType action, Consultation consultation) {
        recordChange(action, consultation, "");
    }

    /** @param what what changed, as the detail's start ("care plan, "), or "" for the form */
    private void recordChange(AuditActionType action, Consultation consultation, String what) {
        audit.recordForMother(
                action,
                AuditRecordType.CONSULTATION,
                consultation.getUuid(),
                consultation.getMother().getUuid(),
                what + "mother " + consultation.getMother().getUuid());
    }

    /** The consultation with everything its page shows: mother, infants, findings, flags. */
    public Consultation get(@NotNull UUID uuid) {
        return consultations.withCharting(
                consultations.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Consultation", uuid)));
    }

    /** The mother's consultations, newest first, without voided ones. */
    public List<Consultation> listForMother(@NotNull Mother mother) {
        return consultations.listForMother(mother);
    }

    /** Every saved version of the consultation, oldest first. */
    public List<HistoryRepository.Version<Consultation>> historyOf(@NotNull UUID uuid) {
        return history.versionsOf(Consultation.class, get(uuid).getId());
    }

    /** Every saved version of the consultation with who, when, why and what changed, oldest first. */
    public List<ConsultationVersion> versionsOf(@NotNull UUID uuid) {
        return ConsultationVersion.of(history.consultationSnapshots(get(uuid).getId()));
    }

    private Mother activeMother(UUID motherUuid) {
        return mothers.findByUuid(motherUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
    }

    private StaffUser signedInConsultant() {
        String username = actor.username();
        return staff.findEnabledConsultant(username)
                .orElseThrow(() -> new ClinicalRuleException(
                        "consultation.message.error.notAConsultant", username + " has no enabled consultant account"));
    }

    private static List<Infant> infantsOf(Mother mother, Collection<UUID> infantUuids) {
        List<Infant> chosen = mother.getActiveInfants().stream()
                .filter(infant -> infantUuids.contains(infant.getUuid()))
                .toList();
        if (chosen.size() != infantUuids.size()) {
            throw new ClinicalRuleException(
                    "consultation.message.error.infantNotHers", "An infant is not this mother's");
        }
        return chosen;
    }
}
