package org.lactationclinic.domain.settings;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * Who the clinic is on paper: the name, address, telephone, e-mail and logo printed at the head of every take-home plan
 * and provider letter. One row; an admin edits it. Until she does, the clinic prints as "Lactation Clinic" without an
 * address.
 */
@Entity
@Table(name = "clinic_profile")
@Audited
public class ClinicProfile extends AuditedEntity {

    public static final int LOGO_MAX_BYTES = 512 * 1024;
    public static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name = "Lactation Clinic";

    @Size(max = 500)
    @Column(name = "address", length = 500)
    private String address;

    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    @Size(max = 200)
    @Column(name = "email", length = 200)
    private String email;

    // Not audited: a logo's every version would be copied into the history table for nothing a reviewer reads.
    @org.hibernate.envers.NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "logo", length = LOGO_MAX_BYTES)
    private byte[] logo;

    @Size(max = 20)
    @Column(name = "logo_content_type", length = 20)
    private String logoContentType;

    public ClinicProfile() {
        // the clinic before an admin has named it
    }

    /** Changes what the printouts say about the clinic. */
    public void change(String newName, String newAddress, String newPhone, String newEmail) {
        if (newName == null || newName.isBlank()) {
            throw new ClinicalRuleException("clinic_profile.message.error.nameRequired", "The clinic needs a name");
        }
        this.name = newName.strip();
        this.address = blankToNull(newAddress);
        this.phone = blankToNull(newPhone);
        this.email = blankToNull(newEmail);
    }

    /**
     * Replaces the logo: a PNG or JPEG of at most {@link #LOGO_MAX_BYTES}, recognised by its first bytes, not by what
     * the browser claims.
     */
    public void replaceLogo(byte[] image) {
        String type = imageTypeOf(image);
        if (type == null) {
            throw new ClinicalRuleException(
                    "clinic_profile.message.error.logoType", "The logo must be a PNG or JPEG image");
        }
        if (image.length > LOGO_MAX_BYTES) {
            throw new ClinicalRuleException(
                    "clinic_profile.message.error.logoSize", "The logo is larger than " + LOGO_MAX_BYTES);
        }
        this.logo = image.clone();
        this.logoContentType = type;
    }

    public void removeLogo() {
        this.logo = null;
        this.logoContentType = null;
    }

    static String imageTypeOf(byte[] image) {
        if (image == null || image.length < 4) {
            return null;
        }
        if ((image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return "image/png";
        }
        if ((image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public byte[] getLogo() {
        return logo == null ? null : Arrays.copyOf(logo, logo.length);
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    @Override
    public String toString() {
        return "ClinicProfile[" + Objects.toString(name) + "]";
    }
}
