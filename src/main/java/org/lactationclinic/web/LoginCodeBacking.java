package org.lactationclinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** login-code.xhtml: the second step of a sign-in with a second factor (issue 15); ClinicSignIn checks the code. */
@Named
@RequestScoped
public class LoginCodeBacking {

    @Inject
    private SecurityContext securityContext;

    private String code;

    public void confirm() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            // A new session id for the signed-in session, as LoginBacking does for the password: an id seen before
            // sign-in (the code page's) is worthless after it.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new SecondFactorCredential(code == null ? "" : code.strip())));
        code = null;
        switch (status) {
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            case SUCCESS ->
                Faces.redirect(request.getContextPath()
                        + ReturnPath.checked(Faces.getRequestParameter(SignInPage.CONTINUE))
                                .orElse("/index.xhtml"));
            default -> {
                Object wait = request.getAttribute(ClinicSignIn.THROTTLED_SECONDS);
                if (wait != null) {
                    Messages.addGlobalError("login.message.error.throttled", wait);
                } else if (request.getAttribute(ClinicSignIn.SECOND_FACTOR_EXPIRED) != null) {
                    Messages.addGlobalError("loginCode.message.error.expired");
                } else {
                    Messages.addGlobalError(
                            request.getAttribute(ClinicSignIn.DATABASE_UNAVAILABLE) != null
                                    ? "login.message.error.databaseUnavailable"
                                    : "loginCode.message.error.wrongCode");
                }
            }
        }
    }

    /** The page to go on to afterwards, for the form's hidden field. */
    public String getContinueParameter() {
        return ReturnPath.checked(Faces.getRequestParameter(SignInPage.CONTINUE))
                .orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
