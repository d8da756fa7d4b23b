package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.referral.NewBaby;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.fhir.ReferralImport;
import org.lactationclinic.infrastructure.fhir.ReferralReader;
import org.lactationclinic.infrastructure.repository.MotherRepository;
import org.lactationclinic.infrastructure.repository.ReferralRepository;

/**
 * The referral inbox (issue 14): receiving a referral (a consultant's upload, or another system's post to /fhir),
 * listing the inbox, finding the mother a referral is about, and accepting it into her record (or a new one) or
 * rejecting it. Every step is on the audit trail; nothing is deleted.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class ReferralService {

    /** How a clinic mother was found for a referral, strongest first. */
    public enum MatchType {
        IDENTIFIER,
        NAME_AND_BIRTH
    }

    /** A mother of the clinic the referral may be about, and how she was found. */
    public record Candidate(Mother mother, MatchType matchedBy) implements Serializable {}

    @Inject
    private ReferralRepository referrals;

    @Inject
    private MotherRepository mothers;

    @Inject
    private DyadService dyads;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentActor actor;

    @Inject
    private Clock clock;

    /** A referral as the inbox holds it after a receipt: the new one, or the one received before with the same text. */
    public record Receipt(Referral referral, boolean alreadyReceived) {}

    /**
     * Stores a referral as received, with what was understood of it and what was not. The same text received again (an
     * integration retrying after a time-out, a file uploaded twice) is not stored twice: the receipt names the referral
     * received before, open or accepted, and the audit trail records that it came again.
     */
    @RolesAllowed({RoleType.CONSULTANT_ROLE, RoleType.INTEGRATION_ROLE})
    public Receipt receive(@NotNull ReferralChannelType channel, String fileName, @NotNull String payload) {
        if (payload.length() > Referral.PAYLOAD_MAX) {
            throw new ClinicalRuleException(
                    "referral_inbox.message.error.tooLarge", "A referral of " + payload.length() + " characters");
        }
        Optional<Referral> before = referrals.findReceivedBefore(Referral.digestOf(payload));
        if (before.isPresent()) {
            audit.record(
                    AuditActionType.VIEW,
                    AuditRecordType.REFERRAL,
                    before.get().getUuid(),
                    channel + ", received again");
            return new Receipt(before.get(), true);
        }
        Referral referral = ReferralImport.received(channel, fileName, payload, ReferralReader.read(payload));
        referrals.add(referral);
        referrals.flush();
        audit.record(
                AuditActionType.CREATE,
                AuditRecordType.REFERRAL,
                referral.getUuid(),
                channel + ", " + referral.getNotUnderstoodCount() + " items not understood, "
                        + referral.getConditionCount() + " conditions met");
        return new Receipt(referral, false);
    }

    /** The inbox: open referrals, most urgent first, then the latest decided ones. */
    public List<Referral> inbox() {
        List<Referral> inbox = referrals.inbox();
        audit.record(AuditActionType.VIEW, AuditRecordType.REFERRAL, null, "inbox, " + inbox.size() + " referrals");
        return inbox;
    }

    /** A referral, for its page; recorded as a view. */
    public Referral view(@NotNull UUID uuid) {
        Referral referral = get(uuid);
        audit.record(AuditActionType.VIEW, AuditRecordType.REFERRAL, uuid, null);
        return referral;
    }

    /**
     * The referral's text read again: what the page shows of it (the reader is deterministic, so it is what was
     * stored).
     */
    public SentReferral read(@NotNull Referral referral) {
        return ReferralReader.read(referral.getPayload());
    }

    /**
     * The clinic's mothers the referral may be about: those with one of the identifiers sent (for her or a baby), then
     * those with her name and date of birth, each once.
     */
    public List<Candidate> candidates(@NotNull UUID referralUuid) {
        SentReferral result = read(get(referralUuid));
        Map<UUID, Candidate> found = new LinkedHashMap<>();
        List<SentReferral.Person> people = new ArrayList<>(result.babies());
        if (result.mother() != null) {
            people.addFirst(result.mother());
        }
        for (SentReferral.Person person : people) {
            for (PersonIdentifier identifier : person.personIdentifiers()) {
                mothers.findByIdentifier(identifier.getSystem(), identifier.getValue())
                        .forEach(mother ->
                                found.putIfAbsent(mother.getUuid(), new Candidate(mother, MatchType.IDENTIFIER)));
            }
        }
        SentReferral.Person sent = result.mother();
        if (sent != null && sent.givenName() != null && sent.familyName() != null && sent.birthDate() != null) {
            referrals
                    .findByNameAndBirth(sent.givenName(), sent.familyName(), sent.birthDate())
                    .forEach(mother ->
                            found.putIfAbsent(mother.getUuid(), new Candidate(mother, MatchType.NAME_AND_BIRTH)));
        }
        found.values()
                .forEach(candidate -> candidate
                        .mother()
                        .getInfants()
                        .forEach(infant -> infant.getIdentifiers().size()));
        found.values().forEach(candidate -> candidate.mother().getIdentifiers().size());
        return List.copyOf(found.values());
    }

    /**
     * Accepts the referral into a mother's record: hers when {@code motherUuid} is given, else a new mother from what
     * was sent. Each baby sent is the infant of hers that matches (identifier, then given name and birth date), or a
     * new infant from {@code newBabies} (keyed by the baby's key in the referral). The babies' weights become their
     * imported weights; the answers stay with the referral, which now names her.
     *
     * @return the mother
     */
    public Mother accept(
            @NotNull UUID referralUuid, long versionOnForm, UUID motherUuid, @NotNull Map<String, NewBaby> newBabies) {
        Referral referral = get(referralUuid);
        referral.checkVersion(versionOnForm);
        if (!referral.isOpen()) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.decided",
                    "Referral " + referralUuid + " is " + referral.getStatus());
        }
        SentReferral result = read(referral);
        Mother mother;
        if (motherUuid == null) {
            mother = ReferralImport.newMother(result.mother());
        } else {
            mother = mothers.findByUuid(motherUuid)
                    .filter(found -> !found.isVoided())
                    .orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
        }
        Map<String, Infant> infantsByKey = new LinkedHashMap<>();
        for (SentReferral.Person baby : result.babies()) {
            Optional<Infant> known = motherUuid == null ? Optional.empty() : baby.infantOf(mother);
            Infant infant = known.orElseGet(() -> {
                NewBaby form = newBabies.get(baby.key());
                if (form == null) {
                    throw new ClinicalRuleException(
                            "referral_detail.message.error.babyFacts", "No facts typed for " + baby.key());
                }
                return mother.addInfant(form.newInfant(baby));
            });
            infantsByKey.put(baby.key(), infant);
        }
        Mother saved;
        if (motherUuid == null) {
            saved = dyads.register(mother); // checks her and her babies' identifiers, validates, audits
        } else {
            saved = mother;
            List<Infant> added =
                    infantsByKey.values().stream().filter(Infant::isNew).toList();
            for (Infant infant : added) {
                for (PersonIdentifier identifier : infant.getIdentifiers()) {
                    if (mothers.infantIdentifiedAs(identifier, infant.getUuid()).isPresent()) {
                        throw new ClinicalRuleException(
                                "dyad_edit.message.error.identifierTaken",
                                "Identifier " + identifier + " belongs to another infant");
                    }
                }
            }
            mothers.add(mother); // she is managed: this cascades the persist to the babies added
            mothers.flush();
            added.forEach(infant -> audit.recordForMother(
                    AuditActionType.CREATE,
                    AuditRecordType.INFANT,
                    infant.getUuid(),
                    saved.getUuid(),
                    "from referral " + referralUuid));
        }
        Map<String, Infant> savedInfants = infantsByKey;
        List<ImportedWeight> weights = ReferralImport.weights(result, savedInfants, referral);
        weights.forEach(referrals::add);
        referral.accept(saved, actor.username(), clock.instant());
        referrals.flush();
        audit.record(
                AuditActionType.UPDATE,
                AuditRecordType.REFERRAL,
                referralUuid,
                "accepted into mother " + saved.getUuid() + ", " + weights.size() + " weights imported");
        weights.forEach(weight -> audit.recordForMother(
                AuditActionType.CREATE,
                AuditRecordType.INFANT,
                weight.getInfant().getUuid(),
                saved.getUuid(),
                "imported weight " + weight.getUuid() + " from referral " + referralUuid));
        return saved;
    }

    /** Rejects the referral with a reason; it stays in the inbox's decided list. */
    public void reject(@NotNull UUID referralUuid, long versionOnForm, String reason) {
        Referral referral = get(referralUuid);
        referral.checkVersion(versionOnForm);
        referral.reject(reason, actor.username(), clock.instant());
        referrals.flush();
        audit.record(AuditActionType.UPDATE, AuditRecordType.REFERRAL, referralUuid, "rejected");
    }

    /** The weights imported for an infant, with their referral. */
    public List<ImportedWeight> importedWeights(@NotNull UUID infantUuid) {
        Infant infant = mothers.findInfantByUuid(infantUuid)
                .orElseThrow(() -> new RecordNotFoundException("Infant", infantUuid));
        return referrals.importedWeightsOf(infant);
    }

    private Referral get(UUID uuid) {
        return referrals
                .findByUuid(uuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("Referral", uuid));
    }
}
