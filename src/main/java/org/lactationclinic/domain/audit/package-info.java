/**
 * The audit trail: an append-only list of who signed in (or failed to), who looked at or changed which record, and who
 * printed or exported what. Each {@link org.lactationclinic.domain.audit.AuditEvent} carries a SHA-256 hash over its
 * own fields and the previous event's hash ({@link org.lactationclinic.domain.audit.AuditHash}), so
 * {@link org.lactationclinic.domain.audit.AuditChainVerifier} can name every event edited or deleted behind the
 * application's back. Events hold ids, never health data.
 */
package org.lactationclinic.domain.audit;
