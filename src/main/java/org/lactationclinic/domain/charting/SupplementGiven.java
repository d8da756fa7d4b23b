package org.lactationclinic.domain.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * A supplement the infant had in the last 24 hours, as the mother reports it: what, how much in total, and how it was
 * given. Mutable for the form, like {@link FeedObservation}.
 */
@Embeddable
public class SupplementGiven implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 25)
    private SupplementType type;

    @Min(0)
    @Max(ClinicalLimits.SUPPLEMENT_VOLUME_MAX_ML)
    @Column(name = "volume_ml")
    private Integer volumeMl;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 25)
    private SupplementMethodType method;

    public SupplementGiven() {
        // for JPA and the form
    }

    public SupplementGiven(SupplementType type, Integer volumeMl, SupplementMethodType method) {
        this.type = type;
        this.volumeMl = volumeMl;
        this.method = method;
    }

    public SupplementGiven copy() {
        return new SupplementGiven(type, volumeMl, method);
    }

    public SupplementType getType() {
        return type;
    }

    public void setType(SupplementType type) {
        this.type = type;
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
}
