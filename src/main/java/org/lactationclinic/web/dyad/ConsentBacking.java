package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lactationclinic.application.ConsentService;
import org.lactationclinic.domain.consent.ConsentDecision;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consent.MotherConsent;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;

/**
 * The consent section of dyad/overview.xhtml (WEB-INF/includes/mother-consent.xhtml): her consent as it stands, per
 * kind, with the date and who took it, and a dialog to record a new decision. The mother is the overview's, which has
 * audited the page view.
 */
@Named
@ViewScoped
public class ConsentBacking extends ViewScopedPage {

    @Inject
    private transient ConsentService consents;

    @Inject
    private DyadOverviewBacking overview;

    @Inject
    private Clock clock;

    private MotherConsent consent;
    private ConsentType type;
    private Boolean granted;
    private LocalDate decidedOn;

    /** Her consent: as the family page's read found it, then as read again after each decision recorded. */
    public MotherConsent getConsent() {
        if (consent == null && overview.isLoaded()) {
            consent = overview.getProgress().consent();
        }
        return consent;
    }

    public List<ConsentType> getTypes() {
        return List.of(ConsentType.values());
    }

    public Optional<ConsentDecision> current(ConsentType of) {
        return getConsent() == null ? Optional.empty() : getConsent().current(of);
    }

    public ConsentDecision currentOrNull(ConsentType of) {
        return current(of).orElse(null);
    }

    public void record() {
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> consents.record(overview.getMotherUuid(), type, Boolean.TRUE.equals(granted), decidedOn));
        if (outcome.isDone()) {
            Messages.addGlobalInfo("consent.message.info.recorded");
            consent = consents.consentOf(overview.getMotherUuid());
            clearForm();
        }
    }

    /** Empties the dialog's form: after a decision is recorded, or when she cancels it. */
    public void clearForm() {
        type = null;
        granted = null;
        decidedOn = null;
    }

    public ConsentType getType() {
        return type;
    }

    public void setType(ConsentType type) {
        this.type = type;
    }

    public Boolean getGranted() {
        return granted;
    }

    public void setGranted(Boolean granted) {
        this.granted = granted;
    }

    /** Today unless she changes it: most decisions are taken at the visit. */
    public LocalDate getDecidedOn() {
        return decidedOn == null ? LocalDate.now(clock) : decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
