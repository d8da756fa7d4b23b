/**
 * The clinic's clock, produced once for injection, so that every rule and record reads "now" from one place and tests
 * can fix it.
 */
package org.lactationclinic.infrastructure.clock;
