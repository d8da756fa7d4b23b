package org.lactationclinic.domain.pumping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * One pumping session in a mother's log, as she or the consultant recorded it: start, duration, volumes (left and
 * right, or combined), pump type and flange size (clinical-reference.md, section 3). The log's totals, bands and flags
 * come from {@link PumpingLog} over the entries that are not voided.
 */
@Entity
@Table(name = "pumping_entry")
@Audited
public class PumpingEntry extends AuditedEntity {

    /** Flange sizes on the market, mm: a wider number is a typing error. */
    public static final int FLANGE_MIN_MM = 13;

    public static final int FLANGE_MAX_MM = 36;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mother_id", nullable = false, updatable = false)
    private Mother mother;

    @NotNull
    @PastOrPresent
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @NotNull
    @Min(PumpingSession.MIN_DURATION_MINUTES)
    @Max(PumpingSession.MAX_DURATION_MINUTES)
    @Column(name = "duration_minutes", nullable = false)
    private Integer durationMinutes;

    @Min(0)
    @Max(PumpingSession.MAX_VOLUME_ML)
    @Column(name = "left_ml")
    private Integer leftMl;

    @Min(0)
    @Max(PumpingSession.MAX_VOLUME_ML)
    @Column(name = "right_ml")
    private Integer rightMl;

    @Min(0)
    @Max(PumpingSession.MAX_VOLUME_ML)
    @Column(name = "combined_ml")
    private Integer combinedMl;

    @Enumerated(EnumType.STRING)
    @Column(name = "pump_type", length = 20)
    private PumpType pumpType;

    @Min(FLANGE_MIN_MM)
    @Max(FLANGE_MAX_MM)
    @Column(name = "flange_mm")
    private Integer flangeMm;

    protected PumpingEntry() {
        // for JPA
    }

    /** An empty entry for a form, for the mother's log. */
    public PumpingEntry(Mother mother) {
        this.mother = Objects.requireNonNull(mother);
    }

    /** The entry as the log's rules read it. */
    public PumpingSession toSession() {
        return new PumpingSession(startedAt, durationMinutes, leftMl, rightMl, combinedMl);
    }

    /**
     * Takes the values of a form, once they make a valid session (volumes per side or combined, not both; a volume
     * given; duration and volumes in range).
     *
     * @throws ClinicalRuleException ({@code pumping.message.error.volumes}) when the volumes do not make a session
     */
    public void replaceWith(PumpingEntry entered) {
        entered.problem().ifPresent(problem -> {
            throw new ClinicalRuleException("pumping.message.error.volumes", problem);
        });
        startedAt = entered.startedAt;
        durationMinutes = entered.durationMinutes;
        leftMl = entered.leftMl;
        rightMl = entered.rightMl;
        combinedMl = entered.combinedMl;
        pumpType = entered.pumpType;
        flangeMm = entered.flangeMm;
    }

    /** A detached copy for a form; it shares the mother. */
    public PumpingEntry draftCopy() {
        PumpingEntry copy = new PumpingEntry(mother);
        copy.startedAt = startedAt;
        copy.durationMinutes = durationMinutes;
        copy.leftMl = leftMl;
        copy.rightMl = rightMl;
        copy.combinedMl = combinedMl;
        copy.pumpType = pumpType;
        copy.flangeMm = flangeMm;
        return copy;
    }

    /** The session's millilitres, or null while the form is incomplete. */
    public Integer getTotalMl() {
        return problem().isPresent() ? null : toSession().totalMl();
    }

    /** What keeps the entered values from making a session, or empty: {@link PumpingSession#problem}. */
    private Optional<String> problem() {
        return PumpingSession.problem(startedAt, durationMinutes, leftMl, rightMl, combinedMl);
    }

    public Mother getMother() {
        return mother;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getLeftMl() {
        return leftMl;
    }

    public void setLeftMl(Integer leftMl) {
        this.leftMl = leftMl;
    }

    public Integer getRightMl() {
        return rightMl;
    }

    public void setRightMl(Integer rightMl) {
        this.rightMl = rightMl;
    }

    public Integer getCombinedMl() {
        return combinedMl;
    }

    public void setCombinedMl(Integer combinedMl) {
        this.combinedMl = combinedMl;
    }

    public PumpType getPumpType() {
        return pumpType;
    }

    public void setPumpType(PumpType pumpType) {
        this.pumpType = pumpType;
    }

    public Integer getFlangeMm() {
        return flangeMm;
    }

    public void setFlangeMm(Integer flangeMm) {
        this.flangeMm = flangeMm;
    }
}
