package org.lactationclinic.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.lactationclinic.application.ClinicSettingsService;
import org.lactationclinic.application.SecondFactorService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * account/second-factor.xhtml: a staff member turns her TOTP second factor on (the secret shown once, as text, as an
 * otpauth:// address and as a QR code, then confirmed with a code) or off (with a code). Issue 15. The secret lives in
 * this view until confirmed, and is never shown again afterwards.
 */
@Named
@ViewScoped
public class SecondFactorBacking extends ViewScopedPage {

    @Inject
    private transient SecondFactorService secondFactor;

    @Inject
    private transient ClinicSettingsService settings;

    private Boolean enrolled;
    private String secret;
    private String code;

    public boolean isEnrolled() {
        if (enrolled == null) {
            enrolled = secondFactor.hasSecondFactor();
        }
        return enrolled;
    }

    /** Whether the clinic requires it of this admin and she has none yet: the only page she may use until she has. */
    public boolean isMustEnrol() {
        HttpSession session = Faces.getSession(false);
        return session != null && session.getAttribute(ClinicSignIn.MUST_ENROL) != null;
    }

    /** The new secret, in groups of four as apps accept it typed. */
    public String getSecret() {
        if (secret == null) {
            secret = secondFactor.newSecret();
        }
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getOtpauthUri() {
        getSecret();
        return secondFactor.otpauthUri(issuer(), secret);
    }

    /** The otpauth:// address as a QR code, an SVG image in a data: address (the page's policy allows data: images). */
    public String getQrCode() throws WriterException {
        BitMatrix matrix = new QRCodeWriter()
                .encode(
                        getOtpauthUri(),
                        BarcodeFormat.QR_CODE,
                        0,
                        0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    public void enrol() {
        if (UserErrors.attempt(() -> secondFactor.enrol(secret, code)).isDone()) {
            enrolled = true;
            secret = null;
            HttpSession session = Faces.getSession(false);
            if (session != null) {
                session.removeAttribute(ClinicSignIn.MUST_ENROL);
            }
            Messages.addGlobalInfo("secondFactor.message.info.enrolled");
        }
        code = null;
    }

    public void remove() {
        if (UserErrors.attempt(() -> secondFactor.remove(code)).isDone()) {
            enrolled = false;
            Messages.addGlobalInfo("secondFactor.message.info.removed");
        }
        code = null;
    }

    private String issuer() {
        String name = settings.profile().getName();
        return name == null || name.isBlank() ? "Lactation Clinic" : name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
