/**
 * The consultation: one visit by one consultant with one mother and any of her infants, holding the SOAP
 * note and, in later issues, the structured findings. A consultation is a {@code DRAFT} while it is
 * being recorded; once {@code SIGNED} it is a legal record and can no longer be edited in place.
 */
package org.lactationclinic.domain.consultation;
