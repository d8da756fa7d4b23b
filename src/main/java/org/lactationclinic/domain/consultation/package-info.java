/**
 * The consultation aggregate: one visit by one consultant with one mother and any of her infants, holding the SOAP
 * note, the visit reasons, the findings per infant ({@code InfantFindings}) and the mother's ({@code MotherFindings}),
 * the care plan, the well-being screen and the flags they raised. A consultation is a {@code DRAFT} while it is being
 * recorded; once {@code SIGNED} it is a legal record and can no longer be edited in place. The parts that are mapped to
 * the consultation or walk it live here; the clinical areas they are made of ({@code charting}, {@code breast},
 * {@code wellbeing}, {@code careplan}) hold values and rules and never name a consultation, so that the packages depend
 * one way (issue 17).
 */
package org.lactationclinic.domain.consultation;
