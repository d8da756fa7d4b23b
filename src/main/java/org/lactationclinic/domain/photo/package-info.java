/**
 * Photographs attached to a consultation (issue 13, "Photographs"): what they show
 * ({@link org.lactationclinic.domain.photo.PhotoSubjectType}), the check and clean-up of an uploaded image
 * ({@link org.lactationclinic.domain.photo.PhotoImage}: JPEG or PNG by content, size-limited, re-encoded so that no
 * EXIF or location leaves the camera) and the stored photograph
 * ({@link org.lactationclinic.domain.photo.ConsultationPhoto}), voided with a reason and never deleted.
 */
package org.lactationclinic.domain.photo;
