package org.lactationclinic.domain.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * One step of a care plan: an intervention from the library with the quantities agreed with the mother (times per day,
 * minutes, volume, method, side: each optional) and a note in the consultant's words. Mutable for the form.
 */
@Embeddable
public class PlannedIntervention implements Serializable {

    // The library has its own history; the plan's history need only remember which entry it pointed to.
    @NotNull
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "intervention_id", nullable = false)
    private Intervention intervention;

    @Min(1)
    @Max(24)
    @Column(name = "times_per_day")
    private Integer timesPerDay;

    @Min(1)
    @Max(180)
    @Column(name = "minutes")
    private Integer minutes;

    @Min(1)
    @Max(ClinicalLimits.SUPPLEMENT_VOLUME_MAX_ML)
    @Column(name = "volume_ml")
    private Integer volumeMl;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 30)
    private SupplementMethodType method;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", length = 5)
    private BreastSideType side;

    @Size(max = ClinicalLimits.REASON_MAX)
    @Column(name = "note", length = ClinicalLimits.REASON_MAX)
    private String note;

    /** The baby this step is for (twins: "give Tobi 10 mL"); null for every baby seen, or for the mother. */
    @Column(name = "infant_uuid")
    private UUID infantUuid;

    public PlannedIntervention() {
        // for JPA and the form
    }

    /** The intervention with its default frequency and duration filled in. */
    public static PlannedIntervention of(Intervention intervention) {
        PlannedIntervention planned = new PlannedIntervention();
        planned.intervention = Objects.requireNonNull(intervention);
        planned.timesPerDay = intervention.getDefaultTimesPerDay();
        planned.minutes = intervention.getDefaultMinutes();
        return planned;
    }

    public PlannedIntervention copy() {
        PlannedIntervention copy = new PlannedIntervention();
        copy.intervention = intervention;
        copy.timesPerDay = timesPerDay;
        copy.minutes = minutes;
        copy.volumeMl = volumeMl;
        copy.method = method;
        copy.side = side;
        copy.note = note == null || note.isBlank() ? null : note.strip();
        copy.infantUuid = infantUuid;
        return copy;
    }

    public UUID getInfantUuid() {
        return infantUuid;
    }

    public void setInfantUuid(UUID infantUuid) {
        this.infantUuid = infantUuid;
    }

    public Intervention getIntervention() {
        return intervention;
    }

    public void setIntervention(Intervention intervention) {
        this.intervention = intervention;
    }

    public Integer getTimesPerDay() {
        return timesPerDay;
    }

    public void setTimesPerDay(Integer timesPerDay) {
        this.timesPerDay = timesPerDay;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getVolumeMl() {
        return volumeMl;
    }

    public void setVolumeMl(Integer volumeMl) {
        this.volumeMl = volumeMl;
    }

    public SupplementMethodType getMethod() {
        return method;
    }

    public void setMethod(SupplementMethodType method) {
        this.method = method;
    }

    public BreastSideType getSide() {
        return side;
    }

    public void setSide(BreastSideType side) {
        this.side = side;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
