/**
 * The H2 Java triggers: the guards that refuse changes to a signed consultation or photo and to the audit trail, and
 * the mother search's terms (PostgreSQL does the same in PL/pgSQL, {@code db/vendor/postgresql}).
 *
 * <p>H2 finds a trigger by the class name written in its {@code CREATE TRIGGER ... CALL} (the migrations under
 * {@code db/vendor/h2}: V10, V11_1, V12_1, V14, V31_1, V70_1) and keeps that name in every H2 database it created.
 * Those migrations are applied and checksummed by Flyway, and a clinic's H2 file database loads the triggers by that
 * name each time it opens; so these classes keep this package's name and their own, while the rest of what was
 * infrastructure/persistence moved out (issue 17). Renaming one takes a new migration that drops and recreates its
 * trigger, with the old class kept until every database has run it.
 */
package org.lactationclinic.infrastructure.persistence;
