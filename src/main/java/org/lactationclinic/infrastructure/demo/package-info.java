/**
 * The demo clinic: staff accounts and about twenty realistic mother-infant dyads, loaded at start-up
 * into an empty database when demo data is enabled (by default on the embedded H2 database, never by
 * default on PostgreSQL).
 */
package org.lactationclinic.infrastructure.demo;
