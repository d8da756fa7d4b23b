/**
 * The database connection: the data source (H2 file by default, PostgreSQL when {@code DB_URL} says so; one class,
 * {@code JdbcUrlDataSource}, picks the driver from the URL), its settings with their inline defaults, and the Flyway
 * migrations run at start-up ({@code SchemaMigration}, which first asks {@code ProductionStart} whether this
 * configuration may start).
 */
package org.lactationclinic.infrastructure.database;
