/**
 * The take-home plan and the provider letter: what they say
 * ({@link org.lactationclinic.infrastructure.printing.TakeHomePlan},
 * {@link org.lactationclinic.infrastructure.printing.ProviderLetter}), in which words
 * ({@link org.lactationclinic.infrastructure.printing.PrintTexts}, the {@code plan} bundles), and how they are laid out
 * ({@link org.lactationclinic.infrastructure.printing.DocumentRenderer}: one XHTML template each, rendered by
 * Thymeleaf, which escapes every text it writes, then laid out as PDF by openhtmltopdf). The print view in the browser
 * and the PDF are the same XHTML, so they cannot disagree.
 */
package org.lactationclinic.infrastructure.printing;
