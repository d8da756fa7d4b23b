/**
 * Security: form sign-in with Jakarta Security against the staff table, PBKDF2 password hashing, the roles CONSULTANT
 * and ADMIN, and the {@link org.lactationclinic.domain.shared.CurrentActor} that stamps audit fields and history.
 */
package org.lactationclinic.infrastructure.security;
