/**
 * Test fixtures for {@code PackageCycles}: small packages with known cycles ({@code left} and {@code right} use each
 * other; so do {@code outer} and its sub-package {@code outer.inner}) and one without ({@code oneway} uses them,
 * nothing uses it). Test classes only: {@code ArchitectureTest} does not import the tests, so they never count against
 * the application.
 */
package org.lactationclinic.architecture.cyclefixture;
