/**
 * Staff accounts: consultants who chart and admins who manage the clinic. Passwords are stored only as PBKDF2 hashes;
 * accounts are disabled, never deleted, because clinical records name their authors.
 */
package org.lactationclinic.domain.staff;
