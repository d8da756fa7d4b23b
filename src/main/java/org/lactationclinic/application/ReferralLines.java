package org.lactationclinic.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.lactationclinic.application.ReferralOutcomeService.ReferralLine;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ReferralOutcome;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.infrastructure.repository.ReferralOutcomeRepository;

/**
 * The referrals made at a mother's signed consultations, each with whether it took place, in the caller's transaction.
 *
 * <p>A plain bean rather than a service, like {@link WeightHistories}: the family page's progress has read her
 * consultations already, and listing the referrals from them saves a call through the EJB container and a second read
 * of her consultations and their plans on every view (issue 12). {@link ReferralOutcomeService#referralsOf} reads them
 * itself after an outcome is recorded or voided.
 */
@ApplicationScoped
public class ReferralLines {

    @Inject
    private ReferralOutcomeRepository outcomes;

    /**
     * @param consultations her consultations, voided ones left out, as {@code ConsultationRepository.listForMother}
     *     reads them; drafts are skipped (their referrals are not made yet)
     * @return open referrals first (the longest waiting on top), then closed ones, newest first
     */
    public List<ReferralLine> of(Mother mother, List<Consultation> consultations) {
        List<ReferralOutcome> recorded = outcomes.activeOutcomesOf(mother);
        List<ReferralLine> lines = new ArrayList<>();
        for (Consultation consultation : consultations) {
            if (consultation.isEditable()) {
                continue; // a draft's referrals are not yet made
            }
            List<Referral> referrals = consultation.carePlan().getReferrals();
            for (int position = 0; position < referrals.size(); position++) {
                int line = position;
                ReferralOutcome outcome = recorded.stream()
                        .filter(found ->
                                found.getConsultation().equals(consultation) && found.isFor(line, referrals.get(line)))
                        .findFirst()
                        .orElse(null);
                lines.add(new ReferralLine(
                        consultation.getUuid(),
                        consultation.getStartedAt(),
                        position,
                        referrals.get(position),
                        outcome));
            }
        }
        return lines.stream().sorted(ReferralOutcomeService.FAMILY_PAGE_ORDER).toList();
    }
}
