/**
 * The mother's emotional wellbeing: the Edinburgh Postnatal Depression Scale (EPDS; Cox, Holden &amp; Sagovsky,
 * Detection of postnatal depression: development of the 10-item Edinburgh Postnatal Depression Scale, Br J Psychiatry
 * 1987;150:782-6; clinical-reference.md, sections 1 and 4). A
 * {@link org.lactationclinic.domain.wellbeing.EpdsScreening} holds only the answer she chose for each item, as its
 * position in the printed order; item scores, the total and the
 * {@link org.lactationclinic.domain.wellbeing.EpdsFlagType flags} are derived from those answers on every call and
 * never stored, because seven of the ten items are reverse scored and a stored score could not be checked against what
 * she actually ticked. The self-harm item is read on its own, before and whatever the total, so an unfinished
 * questionnaire can never hide it. The cut-offs local validations disagree on live in
 * {@link org.lactationclinic.domain.wellbeing.EpdsThresholds} with their source. The questions and answers are shown
 * from the bundle ({@code EpdsItemType.ITEM_n}, {@code EpdsItemType.ITEM_n.answer.i}), so a clinic can use a validated
 * translation. Nothing here knows about JPA or Faces.
 */
package org.lactationclinic.domain.wellbeing;
