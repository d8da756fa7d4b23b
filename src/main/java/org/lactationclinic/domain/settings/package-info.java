/**
 * Clinic settings: the thresholds clinical-reference.md marks <b>configurable</b>, each stored with the source the
 * clinic relies on for its number, and read by the rules through
 * {@link org.lactationclinic.domain.settings.ClinicThresholds}.
 */
package org.lactationclinic.domain.settings;
