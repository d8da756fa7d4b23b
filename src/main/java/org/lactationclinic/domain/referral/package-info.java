/**
 * Referrals received from outside (issue 14): what the clinic's rules say about a mother-baby pair from the data a
 * referral sent ({@link org.lactationclinic.domain.referral.ReferralRules}, clinical-reference.md section 8).
 */
package org.lactationclinic.domain.referral;
