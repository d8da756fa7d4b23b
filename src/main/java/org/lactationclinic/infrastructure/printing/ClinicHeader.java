package org.lactationclinic.infrastructure.printing;

import java.util.Base64;
import org.lactationclinic.domain.settings.ClinicProfile;

/**
 * The clinic as the head of a printout shows it.
 *
 * @param logoDataUri the logo inlined as a {@code data:} URI, so the document needs nothing from the server; null
 *     without one
 */
public record ClinicHeader(String name, String address, String phone, String email, String logoDataUri) {

    public static ClinicHeader of(ClinicProfile profile) {
        String logo = profile.hasLogo()
                ? "data:" + profile.getLogoContentType() + ";base64,"
                        + Base64.getEncoder().encodeToString(profile.getLogo())
                : null;
        return new ClinicHeader(profile.getName(), profile.getAddress(), profile.getPhone(), profile.getEmail(), logo);
    }

    /** Telephone and e-mail on one line, whichever the clinic gave. */
    public String contactLine() {
        if (phone != null && email != null) {
            return phone + " · " + email;
        }
        return phone != null ? phone : email;
    }
}
