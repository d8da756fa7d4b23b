/**
 * What every clinical record shares: an immutable {@code uuid}, an optimistic-lock {@code version}, who created and
 * last changed it and when (filled centrally by {@link org.lactationclinic.domain.shared.AuditListener}, never by
 * callers), and voiding. Clinical data is never deleted: it is voided with who, when and why, and stays readable for
 * the record's history. The validation limits that both Bean Validation and the database CHECK constraints enforce live
 * in {@link org.lactationclinic.domain.shared.ClinicalLimits}. Every rule's flag enum is a
 * {@link org.lactationclinic.domain.shared.ClinicalFlagType}, stored with a consultation as a
 * {@link org.lactationclinic.domain.shared.ConsultationFlag}: here because every clinical area makes them.
 */
package org.lactationclinic.domain.shared;
