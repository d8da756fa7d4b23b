/**
 * The clinic's directory of outside providers: the babies' doctors and the mothers' own, with the contact details a
 * letter needs. Reference data: an entry is retired with a reason when it is no longer used, never deleted, because
 * infants and letters point at it. {@link org.lactationclinic.domain.provider.Npi} checks a US National Provider
 * Identifier's check digit.
 */
package org.lactationclinic.domain.provider;
