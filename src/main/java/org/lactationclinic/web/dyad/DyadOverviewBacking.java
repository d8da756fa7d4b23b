package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.InfantAge;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.web.UserErrors;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** dyad/overview.xhtml: the mother, her infants with their ages, and her consultations, newest first. */
@Named
@ViewScoped
public class DyadOverviewBacking implements Serializable {

    @Inject
    private DyadService dyads;

    @Inject
    private ConsultationService consultationService;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    private UUID motherUuid;
    private Mother mother;
    private List<Consultation> consultations;
    private LocalDateTime now;

    public void load() {
        mother = UserErrors.loadOrNotFound(() -> dyads.getMother(motherUuid));
        if (mother == null) {
            return;
        }
        audit.record(AuditActionType.VIEW, AuditRecordType.MOTHER, mother.getUuid(), "overview");
        consultations = consultationService.listForMother(mother);
        now = LocalDateTime.now(clock);
    }

    public String startConsultation() {
        Consultation[] started = new Consultation[1];
        if (UserErrors.attempt(() -> started[0] = consultationService.start(mother.getUuid())).isDone()) {
            Messages.addFlashGlobalInfo("consultation_edit.message.info.started");
            return "/consultation/edit?faces-redirect=true&consultation=" + started[0].getUuid();
        }
        return null;
    }

    public InfantAge ageOf(Infant infant) {
        return infant.ageAt(now);
    }

    public int getMotherAgeYears() {
        return mother.ageInYearsOn(now.toLocalDate());
    }

    public Mother getMother() {
        return mother;
    }

    public List<Consultation> getConsultations() {
        return consultations;
    }

    public UUID getMotherUuid() {
        return motherUuid;
    }

    public void setMotherUuid(UUID motherUuid) {
        this.motherUuid = motherUuid;
    }
}
