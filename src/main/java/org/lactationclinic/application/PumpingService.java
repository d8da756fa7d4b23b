package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.pumping.PumpingContext;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.pumping.VolumeBandType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.MotherRepository;
import org.lactationclinic.infrastructure.repository.PumpingRepository;

/** A mother's pumping log: entries added, corrected and voided, and what they add up to now. */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class PumpingService {

    /**
     * The log as its page shows it, computed at one moment: the rolling 24 hours and every logged day, judged.
     *
     * @param birthDate her most recent baby's birth date (day 0 for "coming to volume"), or null without babies
     */
    public record Summary(
            Mother mother,
            List<PumpingEntry> entries,
            PumpingLog log,
            LocalDateTime at,
            PumpingLog.RollingTotal rolling,
            Optional<VolumeBandType> band,
            Set<PumpingFlagType> flags,
            List<PumpingLog.Day> days,
            LocalDate birthDate,
            PumpingThresholds thresholds) {}

    @Inject
    private PumpingRepository entries;

    @Inject
    private MotherRepository mothers;

    @Inject
    private ClinicSettingsService settings;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Summary summary(@NotNull UUID motherUuid) {
        Mother mother = activeMother(motherUuid);
        List<PumpingEntry> logged = entries.entriesOf(mother);
        PumpingContext context = PumpingContext.of(mother, logged);
        PumpingLog log = context.log();
        LocalDateTime now = LocalDateTime.now(clock);
        PumpingThresholds thresholds = settings.thresholds().pumping();
        return new Summary(
                mother,
                logged,
                log,
                now,
                log.rollingTotal(now),
                log.band(now, thresholds),
                context.flagsAt(now, thresholds),
                context.daysAt(now, thresholds),
                context.birthDate(),
                thresholds);
    }

    /** Adds a session to the mother's log. */
    public PumpingEntry add(@NotNull UUID motherUuid, @NotNull @Valid PumpingEntry entered) {
        Mother mother = activeMother(motherUuid);
        PumpingEntry entry = new PumpingEntry(mother);
        entry.replaceWith(requireNotInFuture(entered));
        entries.add(entry);
        entries.flush(entry);
        audit.recordForMother(
                AuditActionType.CREATE,
                AuditRecordType.PUMPING_ENTRY,
                entry.getUuid(),
                motherUuid,
                "mother " + motherUuid);
        return entry;
    }

    /** Corrects a session, as it stood on the form loaded at {@code versionOnForm}. */
    public PumpingEntry update(@NotNull UUID entryUuid, long versionOnForm, @NotNull @Valid PumpingEntry entered) {
        PumpingEntry entry = activeEntry(entryUuid);
        entry.checkVersion(versionOnForm);
        entry.replaceWith(requireNotInFuture(entered));
        entries.flush(entry);
        audit.recordForMother(
                AuditActionType.UPDATE,
                AuditRecordType.PUMPING_ENTRY,
                entryUuid,
                entry.getMother().getUuid(),
                "mother " + entry.getMother().getUuid());
        return entry;
    }

    /** Voids a session logged in error, with a reason; it leaves the totals but stays in the record. */
    public void voidEntry(@NotNull UUID entryUuid, long versionOnForm, String reason) {
        PumpingEntry entry = activeEntry(entryUuid);
        entry.checkVersion(versionOnForm);
        try {
            entry.voidRecord(reason, actor.username(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
        entries.flush(entry);
        audit.recordForMother(
                AuditActionType.VOID,
                AuditRecordType.PUMPING_ENTRY,
                entryUuid,
                entry.getMother().getUuid(),
                "mother " + entry.getMother().getUuid());
    }

    /** Records why she pumps, which decides whether the frequency rule applies. */
    public Mother setPurpose(@NotNull UUID motherUuid, long versionOnForm, PumpingPurposeType purpose) {
        Mother mother = activeMother(motherUuid);
        mother.checkVersion(versionOnForm);
        mother.setPumpingPurpose(purpose);
        mothers.flush(mother);
        audit.record(AuditActionType.UPDATE, AuditRecordType.MOTHER, motherUuid, "pumping purpose");
        return mother;
    }

    private PumpingEntry requireNotInFuture(PumpingEntry entered) {
        if (entered.getStartedAt() != null && entered.getStartedAt().isAfter(LocalDateTime.now(clock))) {
            throw new ClinicalRuleException("pumping.message.error.inFuture", "A session cannot start in the future");
        }
        return entered;
    }

    private PumpingEntry activeEntry(UUID uuid) {
        return entries.findByUuid(uuid)
                .filter(entry -> !entry.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("PumpingEntry", uuid));
    }

    private Mother activeMother(UUID motherUuid) {
        return mothers.findActive(motherUuid).orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
    }
}
