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
    private UUID startedUuid;

    public void load() {
        Mother found = UserErrors.loadOrNotFound(() -> dyads.getMother(motherUuid));
        if (found == null) {
            return;
        }
        audit.record(AuditActionType.VIEW, AuditRecordType.MOTHER, found.getUuid(), "overview");
        // all or nothing: the page shows only a bean whose every field is set (see isLoaded)
        List<Consultation> listed = consultationService.listForMother(found);
        now = LocalDateTime.now(clock);
        consultations = listed;
        mother = found;
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return mother != null;
    }

    /**
     * Starts one draft from this page, however many times the button is pressed: a double-click's second
     * request waits for the first (the lock is the page's bean, which both share) and is sent to the same draft.
     */
    public synchronized String startConsultation() {
        // The draft this page started, while it is one: after Back to this page, a signed or voided one is not reused.
        if (startedUuid == null || !consultationService.get(startedUuid).isEditable()) {
            Consultation[] started = new Consultation[1];
            if (!UserErrors.attempt(() -> started[0] = consultationService.start(mother.getUuid())).isDone()) {
                return null;
            }
            startedUuid = started[0].getUuid();
            Messages.addFlashGlobalInfo("consultation_edit.message.info.started");
        }
        return "/consultation/edit?faces-redirect=true&consultation=" + startedUuid;
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
