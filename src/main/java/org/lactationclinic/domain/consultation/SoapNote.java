package org.lactationclinic.domain.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * The free-text note of a consultation in SOAP form: what the mother reports (subjective), what the consultant observed
 * and measured (objective), her assessment, and the plan. A value: replaced whole.
 */
@Embeddable
public record SoapNote(
        @Size(max = ClinicalLimits.NOTE_MAX) @Column(name = "subjective", length = ClinicalLimits.NOTE_MAX)
        String subjective,

        @Size(max = ClinicalLimits.NOTE_MAX) @Column(name = "objective", length = ClinicalLimits.NOTE_MAX)
        String objective,

        @Size(max = ClinicalLimits.NOTE_MAX) @Column(name = "assessment", length = ClinicalLimits.NOTE_MAX)
        String assessment,

        @Size(max = ClinicalLimits.NOTE_MAX) @Column(name = "plan", length = ClinicalLimits.NOTE_MAX)
        String plan)
        implements Serializable {

    public static SoapNote empty() {
        return new SoapNote(null, null, null, null);
    }

    public boolean isEmpty() {
        return isBlank(subjective) && isBlank(objective) && isBlank(assessment) && isBlank(plan);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
