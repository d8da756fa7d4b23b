/**
 * One repository per aggregate (the queries; the services hold the transactions), the running of the report queries
 * ({@code ReportRepository}; each report's SQL is in {@code report}), the Envers revision entity and the history
 * reader, and the entities that exist only for persistence: the audit chain's head, the mother search's terms, a
 * consultation's autosaved form and its codec, the clinic's security settings row.
 */
package org.lactationclinic.infrastructure.repository;
