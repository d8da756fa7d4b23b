/**
 * The consultation pages: the draft and signed consultation (ConsultationEditBacking, with FlagSummary and the weight's
 * units, WeightConverter), its care plan, its history of versions, and the print servlet of the take-home plan and the
 * provider letter.
 */
package org.lactationclinic.web.consultation;
