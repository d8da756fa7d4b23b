package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.MotherSearch;
import org.lactationclinic.domain.dyad.MotherSearchRow;
import org.lactationclinic.domain.dyad.MotherSort;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.HistoryRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;

/** Registering, finding, editing and voiding mothers and their infants. */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class DyadService {

    @Inject
    private MotherRepository mothers;

    @Inject
    private HistoryRepository history;

    @Inject
    private WeightHistories weightHistories;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Registers a new mother with the infants added to her on the form. */
    public Mother register(@NotNull @Valid Mother mother) {
        if (!mother.isNew()) {
            throw new IllegalArgumentException("Mother " + mother.getUuid() + " is already registered");
        }
        refuseIdentifiersOfOthers(mother);
        mothers.add(mother); // cascades to her infants
        mothers.flush();
        audit.record(AuditActionType.CREATE, AuditRecordType.MOTHER, mother.getUuid(), null);
        mother.getInfants()
                .forEach(infant -> audit.recordForMother(
                        AuditActionType.CREATE,
                        AuditRecordType.INFANT,
                        infant.getUuid(),
                        mother.getUuid(),
                        "mother " + mother.getUuid()));
        return mother;
    }

    /**
     * Saves the edits made on a form to a registered mother and her infants (new infants are added).
     *
     * @throws ConcurrentEditException when someone else saved her since the form was loaded
     */
    public Mother update(@NotNull @Valid Mother edited) {
        if (edited.isVoided()) {
            throw new ClinicalRuleException("clinic.message.error.voided", "Mother " + edited.getUuid() + " is voided");
        }
        List<UUID> newInfants = edited.getInfants().stream()
                .filter(Infant::isNew)
                .map(Infant::getUuid)
                .toList();
        refuseIdentifiersOfOthers(edited);
        try {
            Mother saved = mothers.merge(edited);
            mothers.flush();
            audit.record(AuditActionType.UPDATE, AuditRecordType.MOTHER, saved.getUuid(), null);
            newInfants.forEach(infant -> audit.recordForMother(
                    AuditActionType.CREATE,
                    AuditRecordType.INFANT,
                    infant,
                    saved.getUuid(),
                    "mother " + saved.getUuid()));
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Mother", edited.getUuid());
        }
    }

    /**
     * Refuses a save that would give her (or an infant) an identifier another mother (or infant) has: the database's
     * unique constraint would refuse it too, but with an error page instead of a message.
     */
    private void refuseIdentifiersOfOthers(Mother mother) {
        for (PersonIdentifier identifier : mother.getIdentifiers()) {
            if (mothers.motherIdentifiedAs(identifier, mother.getUuid()).isPresent()) {
                throw new ClinicalRuleException(
                        "dyad_edit.message.error.identifierTaken",
                        "Identifier " + identifier + " belongs to another mother");
            }
        }
        for (Infant infant : mother.getInfants()) {
            for (PersonIdentifier identifier : infant.getIdentifiers()) {
                if (mothers.infantIdentifiedAs(identifier, infant.getUuid()).isPresent()) {
                    throw new ClinicalRuleException(
                            "dyad_edit.message.error.identifierTaken",
                            "Identifier " + identifier + " belongs to another infant");
                }
            }
        }
    }

    /** Mothers (not voided) who, or one of whose infants, carry this identifier; any system when system is null. */
    public List<Mother> findByIdentifier(String system, @NotNull String value) {
        return mothers.findByIdentifier(system == null || system.isBlank() ? null : system.strip(), value.strip());
    }

    /**
     * The infant page's view: every weight recorded for the infant, with its trajectory values, flags and WHO z-score,
     * read in the transaction that records the view in the audit trail (one call through the EJB container and one
     * transaction per view, where the audit row made a second; issue 12).
     */
    public WeightHistory viewWeightHistory(@NotNull UUID infantUuid) {
        Infant infant = mothers.findInfantByUuid(infantUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("Infant", infantUuid));
        WeightHistory history = weightHistories.of(infant, weightHistories.thresholds());
        UUID mother = infant.getMother().getUuid();
        audit.recordForMother(
                AuditActionType.VIEW, AuditRecordType.INFANT, infantUuid, mother, "weights, mother " + mother);
        return history;
    }

    /** The mother with her infants. */
    public Mother getMother(@NotNull UUID uuid) {
        return mothers.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Mother", uuid));
    }

    /** One page of the search's result lines (at most 200). */
    public List<MotherSearchRow> search(
            @NotNull MotherSearch search, int first, int max, @NotNull MotherSort sort, boolean ascending) {
        return mothers.search(search, first, Math.min(max, 200), sort, ascending);
    }

    public long count(@NotNull MotherSearch search) {
        return mothers.count(search);
    }

    /** Voids a mother registered in error: she leaves the search but her record and history stay. */
    public void voidMother(@NotNull UUID uuid, long versionOnForm, String reason) {
        Mother mother = getMother(uuid);
        mother.checkVersion(versionOnForm);
        voidRecord(mother, reason);
        audit.record(AuditActionType.VOID, AuditRecordType.MOTHER, uuid, null);
    }

    /** Voids one infant registered in error (for example a twin entered twice). */
    public void voidInfant(@NotNull UUID motherUuid, @NotNull UUID infantUuid, long versionOnForm, String reason) {
        Infant infant = getMother(motherUuid).getInfants().stream()
                .filter(candidate -> candidate.getUuid().equals(infantUuid))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Infant", infantUuid));
        infant.checkVersion(versionOnForm);
        voidRecord(infant, reason);
        audit.recordForMother(
                AuditActionType.VOID, AuditRecordType.INFANT, infantUuid, motherUuid, "mother " + motherUuid);
    }

    private void voidRecord(AuditedEntity record, String reason) {
        try {
            record.voidRecord(reason, actor.username(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
        mothers.flush(record);
    }

    /** Every saved version of the mother's record, oldest first. */
    public List<HistoryRepository.Version<Mother>> historyOf(@NotNull UUID uuid) {
        return history.versionsOf(Mother.class, getMother(uuid).getId());
    }
}
