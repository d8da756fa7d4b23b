package org.lactationclinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.lactationclinic.application.DemoAccounts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private DemoAccounts demoAccounts;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // Nothing of a session from before sign-in carries over: a planted id is worthless afterwards, and
        // someone signing in on a laptop left signed in inherits none of the previous user's pages. Her own
        // session (signing in again as herself) keeps its pages under a new id.
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        HttpSession before = request.getSession(false);
        if (before != null) {
            if (typed.equals(before.getAttribute(ClinicSignIn.SIGNED_IN_USERNAME))) {
                request.changeSessionId();
            } else {
                before.invalidate();
            }
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(
                                new UsernamePasswordCredential(typed, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            case SUCCESS ->
                Faces.redirect(request.getContextPath() + getContinueTo().orElse("/index.xhtml"));
            default -> {
                Object wait = request.getAttribute(ClinicSignIn.THROTTLED_SECONDS);
                if (wait != null) {
                    Messages.addGlobalError("login.message.error.throttled", wait);
                } else {
                    Messages.addGlobalError(
                            request.getAttribute(ClinicSignIn.DATABASE_UNAVAILABLE) != null
                                    ? "login.message.error.databaseUnavailable"
                                    : "login.message.error.failed");
                }
            }
        }
    }

    /**
     * The page she was on, or asked for, before sign-in: the page goes on there afterwards (see {@link ReturnPath}).
     */
    public Optional<String> getContinueTo() {
        return ReturnPath.checked(Faces.getRequestParameter(SignInPage.CONTINUE));
    }

    /** The same, for the form's hidden field. */
    public String getContinueParameter() {
        return getContinueTo().orElse(null);
    }

    /** True when an admin disabled the account, or changed its roles, while it was signed in. */
    public boolean isAccountChanged() {
        return Faces.getRequestParameter(SignInPage.ACCOUNT_CHANGED) != null;
    }

    /** True when the browser came back with a session that has timed out, or with an expired form. */
    public boolean isSessionExpired() {
        HttpServletRequest request = Faces.getRequest();
        return !isSignedOut()
                        && !isAccountChanged()
                        && request.getRequestedSessionId() != null
                        && !request.isRequestedSessionIdValid()
                || request.getAttribute("jakarta.servlet.error.exception") != null
                || request.getParameter(SignInPage.SESSION_ENDED) != null;
    }

    /** True right after the user signed out (her old session cookie is expected to be invalid then). */
    public boolean isSignedOut() {
        return Faces.getRequestParameter(SignInPage.SIGNED_OUT) != null;
    }

    /** The demo accounts are shown on the sign-in page only when the demo clinic is really loaded (issue 15). */
    public boolean isDemo() {
        return demoAccounts.isPresent();
    }

    public String getDemoConsultant() {
        return demoAccounts.consultantUsername();
    }

    public String getDemoAdmin() {
        return demoAccounts.adminUsername();
    }

    public String getDemoPassword() {
        return demoAccounts.password();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
