package org.lactationclinic.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * consultation/edit.xhtml: the draft consultation (type, time, infants seen, SOAP note), saved as often
 * as the consultant likes, then signed. The form holds the version it was loaded at; every save and the
 * signature send it back, so a consultation saved meanwhile by someone else is never overwritten.
 */
@Named
@ViewScoped
public class ConsultationEditBacking implements Serializable {

    @Inject
    private ConsultationService consultations;

    @Inject
    private Clock clock;

    private UUID consultationUuid;
    private Consultation consultation;
    private boolean conflict;

    // The form: a copy of what the consultant can change, applied by the service on save.
    private long versionOnForm;
    private ConsultationType type;
    private LocalDateTime startedAt;
    private List<UUID> infantUuids = new ArrayList<>();
    @Size(max = ClinicalLimits.NOTE_MAX)
    private String subjective;
    @Size(max = ClinicalLimits.NOTE_MAX)
    private String objective;
    @Size(max = ClinicalLimits.NOTE_MAX)
    private String assessment;
    @Size(max = ClinicalLimits.NOTE_MAX)
    private String plan;

    public void load() {
        if (consultation != null) {
            return; // postback: keep what is on the form
        }
        Consultation loaded = UserErrors.loadOrNotFound(() -> consultations.get(consultationUuid));
        if (loaded != null) {
            show(loaded);
        }
    }

    private void show(Consultation loaded) {
        consultation = loaded;
        versionOnForm = loaded.getVersion();
        type = loaded.getType();
        startedAt = loaded.getStartedAt();
        infantUuids = new ArrayList<>(loaded.getInfants().stream().map(Infant::getUuid).toList());
        SoapNote note = loaded.getNote();
        subjective = note.subjective();
        objective = note.objective();
        assessment = note.assessment();
        plan = note.plan();
        conflict = false;
    }

    /** @return true when the draft was saved */
    public boolean save() {
        UserErrors.Outcome outcome = UserErrors.attempt(() -> show(consultations.saveDraft(consultation.getUuid(),
                versionOnForm, type, startedAt, infantUuids, new SoapNote(subjective, objective, assessment, plan))));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("consultation_edit.message.info.saved",
                    LocalTime.now(clock).format(DateTimeFormatter.ofPattern(BundleMessages.text("clinic.format.time"))));
        }
        return outcome.isDone();
    }

    /** Saves what is on the form, then signs, so nothing typed since the last save is lost. */
    public void sign() {
        if (!save()) {
            return;
        }
        UserErrors.Outcome outcome = UserErrors.attempt(() -> show(consultations.sign(consultation.getUuid(), versionOnForm)));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("consultation_edit.message.info.signed");
        }
    }

    /** After a conflict: drop the form and show what is stored now. */
    public void reload() {
        show(consultations.get(consultation.getUuid()));
    }

    public ConsultationType[] getTypes() {
        return ConsultationType.values();
    }

    public List<Infant> getMothersInfants() {
        return consultation.getMother().getActiveInfants();
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }

    /** The signature time in the clinic's time zone. */
    public LocalDateTime getSignedAtLocal() {
        return consultation.getSignedAt() == null ? null
                : LocalDateTime.ofInstant(consultation.getSignedAt(), clock.getZone());
    }

    public boolean isEditable() {
        return consultation.isEditable();
    }

    public boolean isConflict() {
        return conflict;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public UUID getConsultationUuid() {
        return consultationUuid;
    }

    public void setConsultationUuid(UUID consultationUuid) {
        this.consultationUuid = consultationUuid;
    }

    public ConsultationType getType() {
        return type;
    }

    public void setType(ConsultationType type) {
        this.type = type;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public List<UUID> getInfantUuids() {
        return infantUuids;
    }

    public void setInfantUuids(List<UUID> infantUuids) {
        this.infantUuids = infantUuids;
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        this.subjective = subjective;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
