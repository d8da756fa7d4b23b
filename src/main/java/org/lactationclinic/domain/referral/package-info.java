/**
 * Referrals received from outside (issue 14): what a referral sent, as plain values whatever format it came in
 * ({@link org.lactationclinic.domain.referral.SentReferral}, read from FHIR by {@code infrastructure.fhir}); what the
 * clinic's rules say about a mother-baby pair from it ({@link org.lactationclinic.domain.referral.ReferralRules},
 * clinical-reference.md section 8); a baby sent matched to the clinic's infant, or made a new one
 * ({@link org.lactationclinic.domain.referral.NewBaby}); and the referral as the inbox keeps it.
 */
package org.lactationclinic.domain.referral;
