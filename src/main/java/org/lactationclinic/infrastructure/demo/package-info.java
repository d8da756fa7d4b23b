/**
 * The demo clinic: staff accounts and about twenty realistic mother-infant dyads, loaded at start-up into an empty
 * database when demo data is enabled (by default on the embedded H2 database, never by default on PostgreSQL). The
 * generator of a clinic of any size for benchmarks (ScaleClinicGenerator) is in the same package but another source
 * set, src/generator/java: compiled with the tests, never in the WAR.
 */
package org.lactationclinic.infrastructure.demo;
