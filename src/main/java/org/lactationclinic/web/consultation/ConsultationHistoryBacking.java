package org.lactationclinic.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationVersion;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;

/** consultation/history.xhtml: every saved version of a consultation, newest first: who, when, why, what changed. */
@Named
@ViewScoped
public class ConsultationHistoryBacking extends ViewScopedPage {

    @Inject
    private transient ConsultationService consultations;

    @Inject
    private transient AuditTrail audit;

    private UUID consultationUuid;
    private Consultation consultation;
    private List<ConsultationVersion> versions;

    public void load() {
        Consultation found = UserErrors.loadOrNotFound(() -> consultations.get(consultationUuid));
        if (found != null) {
            audit.recordForMother(
                    AuditActionType.VIEW,
                    AuditRecordType.CONSULTATION,
                    consultationUuid,
                    found.getMother().getUuid(),
                    "history, mother " + found.getMother().getUuid());
            versions = List.copyOf(
                    consultations.versionsOf(consultationUuid).reversed()); // a reversed view does not serialize
            consultation = found; // last: a loaded page has its versions too
        }
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return consultation != null;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public List<ConsultationVersion> getVersions() {
        return versions;
    }

    public UUID getConsultationUuid() {
        return consultationUuid;
    }

    public void setConsultationUuid(UUID consultationUuid) {
        this.consultationUuid = consultationUuid;
    }
}
