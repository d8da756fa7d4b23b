package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.InfantAge;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.web.UserErrors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
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

    private UUID motherUuid;
    private Mother mother;
    private List<Consultation> consultations;
    private LocalDateTime now;

    public void load() throws IOException {
        if (motherUuid == null) {
            Faces.responseSendError(404, "No mother given");
            return;
        }
        mother = dyads.getMother(motherUuid);
        consultations = consultationService.listForMother(mother);
        now = LocalDateTime.now(clock);
    }

    /** Starts a draft with all her infants: initial if she has never been seen, else a follow-up. */
    public String startConsultation() {
        ConsultationType type = consultations.isEmpty() ? ConsultationType.INITIAL : ConsultationType.FOLLOW_UP;
        List<UUID> infants = mother.getActiveInfants().stream().map(Infant::getUuid).toList();
        Consultation[] started = new Consultation[1];
        if (UserErrors.attempt(() -> started[0] = consultationService.start(mother.getUuid(), infants, type)).isDone()) {
            Messages.addFlashGlobalInfo("consultation_edit.message.info.started");
            return "/consultation/edit?faces-redirect=true&consultation=" + started[0].getUuid();
        }
        return null;
    }

    public InfantAge ageOf(Infant infant) {
        return infant.ageAt(now);
    }

    public int getMotherAgeYears() {
        return Period.between(mother.getDateOfBirth(), LocalDate.now(clock)).getYears();
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
