/**
 * The mother's consent (assessment, photographs, sharing with the baby's doctor or her own provider): each decision
 * dated, by whom and audited; MaternalDisclosure decides what a letter may say about her.
 */
package org.lactationclinic.domain.consent;
