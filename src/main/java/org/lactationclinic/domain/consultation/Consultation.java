package org.lactationclinic.domain.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.lactationclinic.domain.breast.BreastFindings;
import org.lactationclinic.domain.breast.ContributingFactorType;
import org.lactationclinic.domain.breast.SupplyConcern;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.SupplementationPlan;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;

/**
 * One visit by one consultant with one mother and any of her infants.
 *
 * <p>Life cycle: {@link #start started} as a {@link ConsultationStatus#DRAFT draft} by the consultant who sees the
 * family; {@link #revise revised} as often as needed while a draft; {@link #sign signed} by that consultant when the
 * visit is complete, after which it changes only through an {@link #amend amendment} with a reason, by any consultant
 * ({@link ConsultationStatus#AMENDED}); {@link #voidRecord voided} with a reason when it was recorded in error.
 */
@Entity
@Table(name = "consultation")
@Audited
public class Consultation extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mother_id", nullable = false, updatable = false)
    private Mother mother;

    @ManyToMany
    @JoinTable(
            name = "consultation_infant",
            joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "infant_id"))
    @OrderBy("birthDateTime, givenName")
    private Set<Infant> infants = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationType type;

    @NotNull
    @PastOrPresent
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    // Staff accounts are reference data with their own history; a consultation's history need only
    // remember which account it pointed to.
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id", nullable = false, updatable = false)
    private StaffUser consultant;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ConsultationStatus status = ConsultationStatus.DRAFT;

    @Valid
    @Embedded
    private SoapNote note = SoapNote.empty();

    @Column(name = "signed_at")
    private Instant signedAt;

    @Valid
    @Embedded
    private MaternalWellbeing wellbeing = new MaternalWellbeing();

    @Column(name = "maternal_fever", nullable = false)
    private boolean maternalFever;

    @Valid
    @ElementCollection
    @CollectionTable(name = "breast_findings", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "list_index")
    private List<BreastFindings> breastFindings = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "supply_concern", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "list_index")
    private List<SupplyConcern> supplyConcerns = new ArrayList<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "contributing_factor", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "factor", nullable = false, length = 30)
    @OrderColumn(name = "list_index")
    private List<ContributingFactorType> contributingFactors = new ArrayList<>();

    // Why the dyad came (clinical-reference.md, section 7): a set, each reason once; "other" in her words.
    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "visit_reason", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "reason", nullable = false, length = 40)
    private Set<VisitReasonType> visitReasons = EnumSet.noneOf(VisitReasonType.class);

    @Column(name = "visit_reason_other", length = VisitReasons.OTHER_MAX)
    private String visitReasonOther;

    // Findings of infants no longer seen leave with them; Envers keeps what they were.
    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InfantFindings> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_flag", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "list_index")
    private List<ConsultationFlag> flags = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "care_plan_goal", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "list_index")
    private List<CarePlanGoal> goals = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "care_plan_intervention", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "list_index")
    private List<PlannedIntervention> plannedInterventions = new ArrayList<>();

    @Valid
    @Embedded
    private SupplementationPlan supplementation = new SupplementationPlan();

    @Valid
    @ElementCollection
    @CollectionTable(name = "care_plan_referral", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    private List<Referral> referrals = new ArrayList<>();

    @Column(name = "follow_up_date")
    private LocalDate followUpOn;

    @Column(name = "note_to_mother", length = ClinicalLimits.REASON_MAX * 2)
    private String noteToMother;

    // Moves with every amendment in the same row update, so the database can tell a correction from an
    // in-place change of a signed record (the guard in db/vendor/*/V9).
    @Column(name = "amendment_count", nullable = false)
    private int amendmentCount;

    @ElementCollection
    @CollectionTable(name = "consultation_amendment", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "list_index")
    private List<ConsultationAmendment> amendments = new ArrayList<>();

    // Who opened an amendment in this unit of work: the changes that follow belong to it. Never stored.
    @Transient
    private transient StaffUser amendingBy;

    protected Consultation() {
        // for JPA
    }

    private Consultation(Mother mother, StaffUser consultant, ConsultationType type, LocalDateTime startedAt) {
        this.mother = Objects.requireNonNull(mother);
        this.consultant = Objects.requireNonNull(consultant);
        this.type = Objects.requireNonNull(type);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** Starts a draft consultation with the mother and the chosen infants, who must be hers. */
    public static Consultation start(
            Mother mother,
            Collection<Infant> infants,
            StaffUser consultant,
            ConsultationType type,
            LocalDateTime startedAt) {
        Consultation consultation = new Consultation(mother, consultant, type, startedAt);
        consultation.seeInfants(infants);
        return consultation;
    }

    /**
     * Replaces what can change while the consultation is a draft. Only its consultant revises it: a colleague's draft
     * is hers to finish (after signing, corrections are amendments, which any consultant may make). A visit cannot
     * start after {@code now}.
     */
    public void revise(
            StaffUser by,
            LocalDateTime now,
            ConsultationType type,
            LocalDateTime startedAt,
            Collection<Infant> infants,
            SoapNote note) {
        requireChangeableBy(by);
        checkStart(startedAt, now);
        this.type = Objects.requireNonNull(type);
        this.startedAt = Objects.requireNonNull(startedAt);
        seeInfants(infants);
        this.note = note == null ? SoapNote.empty() : note;
    }

    /**
     * Records what the consultant found for the infants seen, replacing what was recorded before, and the flags those
     * findings raise. Findings for an infant not seen at this consultation are refused.
     *
     * @param entered detached findings from the form, one per infant at most
     * @param raised the flags computed from them, as the consultant saw them
     */
    public void recordFindings(
            StaffUser by, LocalDateTime now, Collection<InfantFindings> entered, Collection<ConsultationFlag> raised) {
        requireChangeableBy(by);
        for (InfantFindings form : entered) {
            if (!infants.contains(form.getInfant())) {
                throw new ClinicalRuleException(
                        "consultation.message.error.infantNotSeen",
                        "Infant " + form.getInfant().getUuid() + " is not seen at consultation " + getUuid());
            }
            findingsFor(form.getInfant())
                    .orElseGet(() -> addFindings(form.getInfant()))
                    .replaceWith(form, now);
        }
        if (status != ConsultationStatus.DRAFT) {
            requireNoContradiction(); // an amendment is a signature too
        }
        flags.clear();
        flags.addAll(raised);
    }

    /**
     * Refuses a record that contradicts itself (clinical-reference.md, section 6): an infant fed "exclusively" with
     * formula among the last 24 hours' supplements. The reference wants it resolved before signing, not stored
     * silently; the flags panel has shown it since it was entered.
     */
    private void requireNoContradiction() {
        if (findings.stream().anyMatch(InfantFindings::isFeedingStatusContradicted)) {
            throw new ClinicalRuleException(
                    "consultation.message.error.feedingStatusContradiction",
                    "Exclusive feeding with formula in the last 24 hours on consultation " + getUuid());
        }
    }

    private InfantFindings addFindings(Infant infant) {
        InfantFindings added = new InfantFindings(this, infant);
        findings.add(added);
        return added;
    }

    /**
     * Records what the form holds about the mother: well-being (EPDS, notes), breast and nipple findings, fever, supply
     * concerns and contributing factors. A positive EPDS item 10 ticked as seen is recorded with the consultant and the
     * time.
     */
    public void recordMotherFindings(StaffUser by, Instant at, MotherFindings entered) {
        requireChangeableBy(by);
        // refused before anything changes: nipple skin intact and damaged at once, an "other" reason too long
        entered.getBreasts().forEach(BreastFindings::checkRules);
        VisitReasons reasons = entered.visitReasons();
        getWellbeing().replaceWith(entered.getWellbeing(), by.getUsername(), at);
        if (status != ConsultationStatus.DRAFT && getWellbeing().isSelfHarmUnacknowledged()) {
            // an amendment is a signature too: it cannot leave a positive item 10 unacknowledged
            throw new ClinicalRuleException(
                    "consultation.message.error.selfHarmUnacknowledged",
                    "EPDS item 10 is positive and not acknowledged in the amendment of " + getUuid());
        }
        maternalFever = entered.isFever();
        breastFindings.clear();
        entered.getBreasts().forEach(breast -> breastFindings.add(breast.copy()));
        supplyConcerns.clear();
        entered.getConcerns().forEach(concern -> supplyConcerns.add(concern.copy()));
        contributingFactors.clear();
        contributingFactors.addAll(entered.getFactors().stream().distinct().toList());
        recordVisitReasons(reasons);
    }

    /** Records why the dyad came, replacing what was recorded (clinical-reference.md, section 7). */
    private void recordVisitReasons(VisitReasons reasons) {
        visitReasons.retainAll(reasons.reasons());
        visitReasons.addAll(reasons.reasons());
        visitReasonOther = reasons.other();
    }

    /** Why the dyad came, as recorded. */
    public VisitReasons getVisitReasons() {
        return new VisitReasons(visitReasons, visitReasonOther);
    }

    /** A detached copy of what is recorded about the mother, for a form to edit. */
    public MotherFindings motherFindings() {
        return new MotherFindings(getWellbeing(), breastFindings, maternalFever, supplyConcerns, contributingFactors)
                .withVisitReasons(getVisitReasons());
    }

    /**
     * Records the care plan agreed with the mother, replacing the one recorded before. Like the findings, it changes
     * while the consultation is a draft, and afterwards only in an amendment.
     *
     * @throws ClinicalRuleException when the plan is incomplete (see {@link CarePlan#requireComplete})
     */
    public void recordCarePlan(StaffUser by, CarePlan entered) {
        requireChangeableBy(by);
        CarePlan plan = entered.copy();
        plan.requireComplete(startedAt.toLocalDate());
        plan.requireInfantsSeen(infants.stream().map(Infant::getUuid).toList());
        goals.clear();
        goals.addAll(plan.getGoals());
        plannedInterventions.clear();
        plannedInterventions.addAll(plan.getInterventions());
        supplementation = plan.getSupplementation();
        referrals.clear();
        referrals.addAll(plan.getReferrals());
        followUpOn = plan.getFollowUpOn();
        noteToMother = plan.getNoteToMother();
    }

    /** A detached copy of the care plan, for a form to edit or a printout to show. */
    public CarePlan carePlan() {
        return new CarePlan(goals, plannedInterventions, supplementation, referrals, followUpOn, noteToMother);
    }

    /** Never null: an embeddable whose columns are all empty loads as null. */
    public MaternalWellbeing getWellbeing() {
        if (wellbeing == null) {
            wellbeing = new MaternalWellbeing();
        }
        return wellbeing;
    }

    /** The findings recorded for the infant at this consultation, if any. */
    public Optional<InfantFindings> findingsFor(Infant infant) {
        return findings.stream()
                .filter(found -> found.getInfant().equals(infant))
                .findFirst();
    }

    /** The findings recorded so far, one per infant at most. */
    public List<InfantFindings> getFindings() {
        return List.copyOf(findings);
    }

    /** The live collections (flags, amendments), only for the repository to load before the transaction ends. */
    public List<Collection<?>> collectionsForLoading() {
        return List.of(
                flags,
                amendments,
                breastFindings,
                supplyConcerns,
                contributingFactors,
                goals,
                plannedInterventions,
                referrals,
                visitReasons);
    }

    /** The flags stored when the consultation was last saved. */
    public List<ConsultationFlag> getFlags() {
        return List.copyOf(flags);
    }

    /**
     * Signs the consultation. Only the consultant who holds it signs it, and only once: afterwards the record is
     * immutable.
     */
    public void sign(StaffUser signer, Instant at) {
        requireDraft();
        requireHolder(signer, "consultation.message.error.signOwnOnly");
        if (getWellbeing().isSelfHarmUnacknowledged()) {
            throw new ClinicalRuleException(
                    "consultation.message.error.selfHarmUnacknowledged",
                    "EPDS item 10 is positive and not acknowledged on consultation " + getUuid());
        }
        requireNoContradiction();
        this.status = ConsultationStatus.SIGNED;
        this.signedAt = Objects.requireNonNull(at);
    }

    /**
     * Opens a correction of a signed (or already amended) consultation, by any consultant, with the reason for it. The
     * {@link #revise} and {@link #recordFindings} calls that follow, by the same consultant in the same unit of work,
     * make up the amendment; the consultation is then {@link ConsultationStatus#AMENDED}. A draft is not amended but
     * revised, and a voided consultation not at all.
     *
     * @throws ClinicalRuleException when the consultation is a draft or voided, or the reason is blank
     */
    public void amend(StaffUser by, Instant at, String reason) {
        if (isVoided() || status == ConsultationStatus.DRAFT) {
            throw new ClinicalRuleException(
                    "consultation.message.error.amendSignedOnly",
                    "Consultation " + getUuid() + " is " + status + (isVoided() ? ", voided" : "")
                            + ": nothing to amend");
        }
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleException(
                    "consultation.message.error.amendReasonRequired", "An amendment needs a reason");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > ClinicalLimits.REASON_MAX) {
            throw new ClinicalRuleException("consultation.message.error.amendReasonTooLong", "Reason too long");
        }
        amendments.add(new ConsultationAmendment(Objects.requireNonNull(at), by.getUsername(), trimmed));
        amendmentCount = amendments.size();
        status = ConsultationStatus.AMENDED;
        amendingBy = by;
    }

    /** The corrections made after signing, oldest first. */
    public List<ConsultationAmendment> getAmendments() {
        return List.copyOf(amendments);
    }

    /** How many amendments it has had: the number of the latest, 1 for the first. */
    public int getAmendmentCount() {
        return amendmentCount;
    }

    /**
     * Whether {@code by} opened an amendment of this consultation in this unit of work ({@link #amend}): what else she
     * corrects now (a photograph voided, for one) belongs to that amendment.
     */
    public boolean isBeingAmendedBy(StaffUser by) {
        return amendingBy != null && amendingBy.equals(by) && !isVoided();
    }

    /** A signed (or already amended) consultation that is not voided: corrected only by an amendment. */
    public boolean isAmendable() {
        return status != ConsultationStatus.DRAFT && !isVoided();
    }

    /** A consultation cannot start in the future. */
    public static void checkStart(LocalDateTime startedAt, LocalDateTime now) {
        if (startedAt.isAfter(now)) {
            throw new ClinicalRuleException(
                    "consultation.message.error.startInFuture", "A consultation cannot start in the future");
        }
    }

    /**
     * Refuses an autosave of anything but the holder's own draft: a signed consultation changes only through an
     * amendment, which she saves herself with its reason and which is never autosaved.
     */
    public void checkAutosavableBy(StaffUser by) {
        requireDraft();
        requireHolder(by, "consultation.message.error.reviseOwnOnly");
    }

    private void requireChangeableBy(StaffUser by) {
        if (status == ConsultationStatus.DRAFT && !isVoided()) {
            requireHolder(by, "consultation.message.error.reviseOwnOnly");
        } else if (amendingBy == null || !amendingBy.equals(by)) {
            requireDraft(); // throws: signed records change only through an amendment
        }
    }

    private void seeInfants(Collection<Infant> chosen) {
        for (Infant infant : chosen) {
            if (!infant.getMother().equals(mother)) {
                throw new IllegalArgumentException("Infant " + infant.getUuid() + " is not this mother's");
            }
        }
        infants.clear();
        infants.addAll(chosen);
        findings.removeIf(found -> !infants.contains(found.getInfant()));
    }

    private void requireHolder(StaffUser user, String messageKey) {
        if (!consultant.equals(user)) {
            throw new ClinicalRuleException(
                    messageKey, user.getUsername() + " does not hold consultation " + getUuid());
        }
    }

    private void requireDraft() {
        if (!isEditable()) {
            throw new ClinicalRuleException(
                    "consultation.message.error.signed",
                    "Consultation " + getUuid() + " is " + status + (isVoided() ? ", voided," : "")
                            + " and cannot be edited in place");
        }
    }

    public boolean isEditable() {
        return status.isEditable() && !isVoided();
    }

    public Mother getMother() {
        return mother;
    }

    /** The infants seen (eldest first once loaded from the database). */
    public List<Infant> getInfants() {
        return List.copyOf(infants);
    }

    public ConsultationType getType() {
        return type;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public StaffUser getConsultant() {
        return consultant;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public SoapNote getNote() {
        return note == null ? SoapNote.empty() : note;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
