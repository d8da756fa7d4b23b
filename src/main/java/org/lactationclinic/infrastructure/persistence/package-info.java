/**
 * Persistence: the data source (H2 file by default, PostgreSQL when DB_URL says so), Flyway migrations at
 * start-up, the Envers revision entity, and one repository per aggregate. Repositories hold the queries;
 * services hold the transactions.
 */
package org.lactationclinic.infrastructure.persistence;
