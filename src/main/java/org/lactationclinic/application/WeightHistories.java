package org.lactationclinic.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.weight.WeightThresholds;
import org.lactationclinic.infrastructure.repository.ClinicSettingRepository;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.ReferralRepository;

/**
 * Reads a baby's weight history from the records, in the caller's transaction: the clinic's weighings, the weights
 * imported from referrals, under the clinic's weight thresholds.
 *
 * <p>A plain bean rather than a service: the family page's progress reads each baby's history inside its own read, and
 * going through {@link DyadService#weightHistory} and {@link ClinicSettingsService#thresholds} for each baby made two
 * calls through the EJB container per baby (each with its role check, transaction and parameter validation) and read
 * the thresholds again for each (issue 12: twelve container calls per view of a twins' family page).
 */
@ApplicationScoped
public class WeightHistories {

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ClinicSettingRepository settings;

    /** The clinic's weight thresholds, as saved now (the family page reads all the clinic's thresholds at once). */
    public WeightThresholds thresholds() {
        return ClinicThresholds.from(settings.saved()).weight();
    }

    /** Every weight recorded for the infant, with its trajectory values, flags and WHO z-score. */
    public WeightHistory of(Infant infant, WeightThresholds thresholds) {
        return WeightHistory.of(
                infant, consultations.weightsOf(infant), referrals.importedWeightsOf(infant), thresholds);
    }
}
