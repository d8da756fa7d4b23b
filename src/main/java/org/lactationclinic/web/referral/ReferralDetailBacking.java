package org.lactationclinic.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.application.ReferralService;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.referral.NewBaby;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * referral/detail.xhtml: one referral. What was understood and every item that was not; the conditions of section 8
 * met; the clinic's mothers it may be about, side by side with what was sent; accepting it into one of them or a new
 * mother (with the facts a new baby's record needs that the referral did not send), or rejecting it.
 */
@Named
@ViewScoped
public class ReferralDetailBacking extends ViewScopedPage {

    /** The choice of mother meaning "a new mother from the referral". */
    public static final String NEW_MOTHER = "new";

    /** A baby sent: the infant of the chosen mother she matched, or the form for a new one. */
    public record BabyRow(SentReferral.Person baby, Infant matched, NewBaby form) implements Serializable {}

    @Inject
    private transient ReferralService referrals;

    private UUID referralUuid;
    private Referral referral;
    private SentReferral result;
    private List<ReferralService.Candidate> candidates;
    private String chosenMother;
    private List<BabyRow> babies;
    private String rejectReason;
    private boolean conflict;

    public void load() {
        if (referral != null) {
            return;
        }
        Referral found = UserErrors.loadOrNotFound(() -> referrals.view(referralUuid));
        if (found != null) {
            result = referrals.read(found);
            candidates = referrals.candidates(referralUuid);
            chosenMother = candidates.isEmpty()
                    ? NEW_MOTHER
                    : candidates.getFirst().mother().getUuid().toString();
            referral = found;
            matchBabies();
        }
    }

    /** Whether the page has what it shows. */
    public boolean isLoaded() {
        return referral != null;
    }

    /** Matches the babies sent against the chosen mother's infants (none for a new mother). */
    public void matchBabies() {
        Mother mother = chosen();
        List<BabyRow> rows = new ArrayList<>();
        for (SentReferral.Person baby : result.babies()) {
            Infant matched = mother == null ? null : baby.infantOf(mother).orElse(null);
            rows.add(new BabyRow(baby, matched, matched == null ? NewBaby.of(result, baby) : null));
        }
        babies = rows;
    }

    private Mother chosen() {
        return candidates.stream()
                .filter(c -> c.mother().getUuid().toString().equals(chosenMother))
                .map(ReferralService.Candidate::mother)
                .findFirst()
                .orElse(null);
    }

    public void accept() {
        Map<String, NewBaby> forms = new LinkedHashMap<>();
        babies.stream()
                .filter(row -> row.form() != null)
                .forEach(row -> forms.put(row.baby().key(), row.form()));
        UUID motherUuid = NEW_MOTHER.equals(chosenMother) ? null : UUID.fromString(chosenMother);
        Mother[] saved = new Mother[1];
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> saved[0] = referrals.accept(referralUuid, referral.getVersion(), motherUuid, forms));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addFlashGlobalInfo("referral_detail.message.info.accepted", saved[0].getFullName());
            Faces.redirect("dyad/overview.xhtml?mother=" + saved[0].getUuid());
        }
    }

    public void reject() {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> referrals.reject(referralUuid, referral.getVersion(), rejectReason));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addFlashGlobalInfo("referral_detail.message.info.rejected");
            Faces.redirect("referral/inbox.xhtml");
        }
    }

    /** The conditions met, in plain words. */
    public List<String> getConditionTexts() {
        return referral.getConditionsMet().stream()
                .map(condition -> BundleMessages.text("ReferralConditionType." + condition))
                .toList();
    }

    /** A person's identifiers as "value (system)", one string. */
    public String identifiersOf(SentReferral.Person person) {
        return person == null
                ? ""
                : String.join(
                        ", ",
                        person.identifiers().stream()
                                .map(pair -> pair[1] + " (" + pair[0] + ")")
                                .toList());
    }

    /** The weights sent for a baby. */
    public List<SentReferral.Weight> weightsOf(SentReferral.Person baby) {
        return result.weightsOf(baby);
    }

    public SexType[] getSexes() {
        return SexType.values();
    }

    public Referral getReferral() {
        return referral;
    }

    public SentReferral getResult() {
        return result;
    }

    public List<ReferralService.Candidate> getCandidates() {
        return candidates;
    }

    public List<BabyRow> getBabies() {
        return babies;
    }

    public String getChosenMother() {
        return chosenMother;
    }

    public void setChosenMother(String chosenMother) {
        this.chosenMother = chosenMother;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public boolean isConflict() {
        return conflict;
    }

    public UUID getReferralUuid() {
        return referralUuid;
    }

    public void setReferralUuid(UUID referralUuid) {
        this.referralUuid = referralUuid;
    }
}
