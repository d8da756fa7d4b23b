package org.lactationclinic.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;

/** Signs out by POST (a link cannot sign anyone out by surprise) and ends the session; the audit trail notes it. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    private AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            audit.record(AuditActionType.SIGN_OUT, AuditRecordType.STAFF_USER, null, null);
        }
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        response.sendRedirect(request.getContextPath() + SignInPage.PATH + "?" + SignInPage.SIGNED_OUT);
    }
}
