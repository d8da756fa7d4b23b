package org.lactationclinic.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lactationclinic.application.ReferralService;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * referral/inbox.xhtml: the referral inbox. Open referrals first, those meeting the most conditions of
 * clinical-reference.md section 8 at the top; a consultant uploads a referral file here (other systems post to /fhir).
 */
@Named
@ViewScoped
public class ReferralInboxBacking extends ViewScopedPage {

    @Inject
    private transient ReferralService referrals;

    private List<Referral> inbox;
    private transient UploadedFile file;

    public void load() {
        inbox = referrals.inbox();
    }

    /** Stores the uploaded file as a referral and opens it. */
    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("referral_inbox.message.error.noFile");
            return;
        }
        if (file.getSize() > 4L * Referral.PAYLOAD_MAX) {
            Messages.addGlobalError("referral_inbox.message.error.tooLarge");
            return;
        }
        String text = new String(file.getContent(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark some editors write
        }
        String payload = text;
        Referral[] received = new Referral[1];
        UserErrors.Outcome outcome = UserErrors.attempt(() -> received[0] = referrals
                .receive(ReferralChannelType.UPLOAD, file.getFileName(), payload)
                .referral());
        if (outcome.isDone()) {
            // no message: the referral's page opens on what was not understood (the earlier one's, if sent before)
            Faces.redirect("referral/detail.xhtml?referral=" + received[0].getUuid());
        }
    }

    /** The conditions met, in plain words. */
    public List<String> conditionTexts(Referral referral) {
        return referral.getConditionsMet().stream()
                .map(condition -> BundleMessages.text("ReferralConditionType." + condition))
                .toList();
    }

    public List<Referral> getInbox() {
        return inbox;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
