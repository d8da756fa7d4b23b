package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lactationclinic.application.ReferralOutcomeService;
import org.lactationclinic.application.ReferralOutcomeService.ReferralLine;
import org.lactationclinic.domain.careplan.ReferralOutcomeType;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;

/**
 * The referrals section of dyad/overview.xhtml (WEB-INF/includes/mother-referrals.xhtml): every referral of her signed
 * consultations, open or closed, and for each open one a form to record whether it took place. The mother is the
 * overview's, which has audited the page view. One form records one outcome: the open referral is chosen by its key
 * (consultation and line of the plan).
 */
@Named
@ViewScoped
public class ReferralOutcomesBacking extends ViewScopedPage {

    @Inject
    private transient ReferralOutcomeService referrals;

    @Inject
    private DyadOverviewBacking overview;

    @Inject
    private Clock clock;

    private List<ReferralLine> lines;
    private String referralKey;
    private ReferralOutcomeType outcome;
    private LocalDate outcomeOn;
    private String seenBy;
    private String note;
    private final Map<String, String> voidReasons = new HashMap<>();

    /** The overview's, read with the page's progress; read again after each change here. */
    public List<ReferralLine> getLines() {
        if (lines == null && overview.getProgress() != null) {
            lines = overview.getProgress().referrals();
        }
        return lines == null ? List.of() : lines;
    }

    /** After an outcome is recorded or voided: the overview's progress still lists the referrals as they were. */
    private void readAgain() {
        lines = referrals.referralsOf(overview.getMotherUuid());
    }

    public long getOpenCount() {
        return getLines().stream().filter(ReferralLine::isOpen).count();
    }

    public String key(ReferralLine line) {
        return line.consultationUuid() + "-" + line.position();
    }

    /** The open referrals, for the form's choice. */
    public List<ReferralLine> getOpenLines() {
        return getLines().stream().filter(ReferralLine::isOpen).toList();
    }

    public void record() {
        ReferralLine line = getOpenLines().stream()
                .filter(open -> key(open).equals(referralKey))
                .findFirst()
                .orElse(null);
        if (line == null) {
            Messages.addGlobalError("referral.message.error.choose");
            return;
        }
        if (UserErrors.attempt(() -> referrals.record(
                        line.consultationUuid(), line.position(), outcome, getOutcomeOn(), seenBy, note))
                .isDone()) {
            Messages.addGlobalInfo("referral.message.info.recorded");
            referralKey = null;
            outcome = null;
            outcomeOn = null;
            seenBy = null;
            note = null;
            readAgain();
        }
    }

    public void voidOutcome(ReferralLine line) {
        String key = key(line);
        if (UserErrors.attempt(() -> referrals.voidOutcome(
                        line.outcome().getUuid(), line.outcome().getVersion(), voidReasons.get(key)))
                .isDone()) {
            Messages.addGlobalInfo("referral.message.info.voided");
            voidReasons.remove(key);
            readAgain();
        }
    }

    public ReferralOutcomeType[] getOutcomeTypes() {
        return ReferralOutcomeType.values();
    }

    public String getReferralKey() {
        return referralKey;
    }

    public void setReferralKey(String referralKey) {
        this.referralKey = referralKey;
    }

    public ReferralOutcomeType getOutcome() {
        return outcome;
    }

    public void setOutcome(ReferralOutcomeType outcome) {
        this.outcome = outcome;
    }

    /** Today unless she changes it: most outcomes are learned on the day. */
    public LocalDate getOutcomeOn() {
        return outcomeOn == null ? LocalDate.now(clock) : outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getSeenBy() {
        return seenBy;
    }

    public void setSeenBy(String seenBy) {
        this.seenBy = seenBy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<String, String> getVoidReasons() {
        return voidReasons;
    }
}
