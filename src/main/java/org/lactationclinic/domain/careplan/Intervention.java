package org.lactationclinic.domain.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * One entry of the clinic's intervention library, from which a consultant builds a care plan.
 *
 * <p>Life cycle: seeded by the migration ({@link StandardInterventionType}, words from the printed plan's bundles) or
 * added by an admin (her own title and instructions, printed as written); its defaults edited by an admin;
 * {@link #retire retired} with a reason when the clinic stops offering it, never deleted, because signed plans point at
 * it. A retired intervention is no longer offered, and plans that hold it still print it.
 */
@Entity
@Table(name = "intervention")
@Audited
public class Intervention extends AuditedEntity {

    public static final int INSTRUCTIONS_MAX = 2000;

    @Column(name = "code", length = 40, updatable = false, unique = true)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private InterventionCategoryType category;

    @Size(max = 120)
    @Column(name = "title", length = 120)
    private String title;

    @Size(max = INSTRUCTIONS_MAX)
    @Column(name = "instructions", length = INSTRUCTIONS_MAX)
    private String instructions;

    @Min(1)
    @Max(24)
    @Column(name = "default_times_per_day")
    private Integer defaultTimesPerDay;

    @Min(1)
    @Max(180)
    @Column(name = "default_minutes")
    private Integer defaultMinutes;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 60)
    private String retiredBy;

    @Column(name = "retire_reason", length = ClinicalLimits.REASON_MAX)
    private String retireReason;

    protected Intervention() {
        // for JPA
    }

    /** A standard intervention with its defaults, as migration V11 seeds the library with it. */
    public static Intervention standard(StandardInterventionType standard) {
        Intervention intervention = new Intervention();
        intervention.code = standard.name();
        intervention.category = standard.category();
        intervention.changeDefaults(standard.defaultTimesPerDay(), standard.defaultMinutes());
        return intervention;
    }

    /** An intervention of the clinic's own, with the words an admin wrote for the mother. */
    public static Intervention custom(InterventionCategoryType category, String title, String instructions) {
        Intervention intervention = new Intervention();
        intervention.category = Objects.requireNonNull(category);
        intervention.rename(title, instructions);
        return intervention;
    }

    /** Changes a custom intervention's words; a standard one's words are the bundle's. */
    public void rename(String newTitle, String newInstructions) {
        if (isStandard()) {
            throw new ClinicalRuleException(
                    "careplan.message.error.standardWords",
                    "Standard intervention " + code + " takes its words from the bundles");
        }
        if (newTitle == null || newTitle.isBlank()) {
            throw new ClinicalRuleException("careplan.message.error.titleRequired", "An intervention needs a title");
        }
        this.title = newTitle.strip();
        this.instructions = newInstructions == null ? null : newInstructions.strip();
    }

    /** Sets the frequency and duration filled in when a consultant picks it; null for none. */
    public void changeDefaults(Integer timesPerDay, Integer minutes) {
        this.defaultTimesPerDay = timesPerDay;
        this.defaultMinutes = minutes;
    }

    /** Takes the intervention off the list offered for new plans; plans holding it keep it. */
    public void retire(String by, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleException("careplan.message.error.retireReasonRequired", "Retiring needs a reason");
        }
        this.retired = true;
        this.retiredBy = Objects.requireNonNull(by);
        this.retiredAt = Objects.requireNonNull(at);
        this.retireReason = reason.strip();
    }

    /** Offers a retired intervention again. */
    public void reinstate() {
        this.retired = false;
        this.retiredBy = null;
        this.retiredAt = null;
        this.retireReason = null;
    }

    /** The standard intervention this is, when seeded from clinical-reference.md. */
    public Optional<StandardInterventionType> standard() {
        return code == null ? Optional.empty() : Optional.of(StandardInterventionType.valueOf(code));
    }

    public boolean isStandard() {
        return code != null;
    }

    public String getCode() {
        return code;
    }

    public InterventionCategoryType getCategory() {
        return category;
    }

    public void setCategory(InterventionCategoryType category) {
        this.category = Objects.requireNonNull(category);
    }

    /** The admin's title of a custom intervention; null for a standard one (see the bundles). */
    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public Integer getDefaultTimesPerDay() {
        return defaultTimesPerDay;
    }

    public Integer getDefaultMinutes() {
        return defaultMinutes;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    public String getRetireReason() {
        return retireReason;
    }
}
