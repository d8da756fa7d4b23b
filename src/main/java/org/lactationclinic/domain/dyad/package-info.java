/**
 * The dyad: a {@link org.lactationclinic.domain.dyad.Mother} and each of her
 * {@link org.lactationclinic.domain.dyad.Infant infants}. Twins and triplets are ordinary: a mother has a list of
 * infants, and each infant points to exactly one mother (the mother-infant link is the infant's {@code mother}). The
 * mother is the aggregate root: infants are registered and edited through her.
 */
package org.lactationclinic.domain.dyad;
