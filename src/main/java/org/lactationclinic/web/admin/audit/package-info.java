/**
 * The admin's audit trail search (by user, record and period, paged by the database through AuditLazyModel) and the
 * check of the hash chain.
 */
package org.lactationclinic.web.admin.audit;
