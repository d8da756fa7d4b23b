package org.lactationclinic.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Objects;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * A weight another system recorded, made one of the baby's weights when a {@link Referral} was accepted. It keeps where
 * it came from: the referral and the sender's own id for it (e.g. {@code Observation/w2}). Only the date was sent (FHIR
 * senders rarely give the hour), so only the date is stored. Corrected only by voiding it.
 */
@Entity
@Table(name = "imported_weight")
public class ImportedWeight extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "infant_id", nullable = false, updatable = false)
    private Infant infant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private Referral referral;

    @Column(name = "weighed_on", nullable = false, updatable = false)
    private LocalDate weighedOn;

    @Min(ClinicalLimits.WEIGHT_MIN_GRAMS)
    @Max(ClinicalLimits.WEIGHT_MAX_GRAMS)
    @Column(name = "weight_grams", nullable = false, updatable = false)
    private int weightGrams;

    @Column(name = "source", nullable = false, length = 200, updatable = false)
    private String source;

    protected ImportedWeight() {
        // for JPA
    }

    public ImportedWeight(Infant infant, Referral referral, LocalDate weighedOn, int weightGrams, String source) {
        this.infant = Objects.requireNonNull(infant);
        this.referral = Objects.requireNonNull(referral);
        this.weighedOn = Objects.requireNonNull(weighedOn);
        this.weightGrams = weightGrams;
        this.source = source.length() <= 200 ? source : source.substring(0, 200);
    }

    public Infant getInfant() {
        return infant;
    }

    public Referral getReferral() {
        return referral;
    }

    public LocalDate getWeighedOn() {
        return weighedOn;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public String getSource() {
        return source;
    }
}
