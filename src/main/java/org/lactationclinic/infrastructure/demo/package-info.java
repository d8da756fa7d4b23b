/**
 * The demo clinic: staff accounts and about twenty realistic mother-infant dyads, loaded at start-up
 * into an empty database when demo data is enabled (by default on the embedded H2 database, never by
 * default on PostgreSQL). And {@link org.lactationclinic.infrastructure.demo.ScaleClinicGenerator}, a
 * command (not part of the running application) that fills an empty database with a generated clinic of
 * any size, reproducible from a seed, for benchmarks and reports.
 */
package org.lactationclinic.infrastructure.demo;
