package org.lactationclinic.domain.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * A draft consultation's form as the consultant left it: what an autosave keeps between two written revisions, and what
 * the page shows again when she comes back (see {@link AutosavePolicy}).
 *
 * @param findings the findings forms of all the mother's infants, ticked or not, so that nothing typed for an infant
 *     unticked for a moment is lost; saving keeps only those of {@code infantUuids}
 */
public record DraftForm(
        @NotNull ConsultationType type,
        @NotNull LocalDateTime startedAt,
        @NotNull List<UUID> infantUuids,
        @Size(max = ClinicalLimits.NOTE_MAX) String subjective,
        @Size(max = ClinicalLimits.NOTE_MAX) String objective,
        @Size(max = ClinicalLimits.NOTE_MAX) String assessment,
        @Size(max = ClinicalLimits.NOTE_MAX) String plan,
        @NotNull List<@Valid InfantFindings> findings,
        @NotNull @Valid MotherFindings mother)
        implements Serializable {

    public DraftForm {
        infantUuids = List.copyOf(infantUuids);
        findings = List.copyOf(findings);
    }

    /** The form from a SOAP note as one value, as a caller that has one writes it. */
    public static DraftForm of(
            ConsultationType type,
            LocalDateTime startedAt,
            Collection<UUID> infantUuids,
            SoapNote note,
            List<InfantFindings> findings,
            MotherFindings mother) {
        return new DraftForm(
                type,
                startedAt,
                List.copyOf(infantUuids),
                note.subjective(),
                note.objective(),
                note.assessment(),
                note.plan(),
                findings,
                mother);
    }

    public SoapNote note() {
        return new SoapNote(subjective, objective, assessment, plan);
    }

    /** The findings of the infants ticked in {@code infantUuids}: what saving keeps, and what its rules check. */
    public List<InfantFindings> keptFindings() {
        return findings.stream()
                .filter(entered -> infantUuids.contains(entered.getInfant().getUuid()))
                .toList();
    }
}
