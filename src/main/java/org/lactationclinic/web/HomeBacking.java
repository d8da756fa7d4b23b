package org.lactationclinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import org.lactationclinic.domain.staff.RoleType;
import org.omnifaces.util.Faces;

/** The start page sends each user to where her work starts: consultants to their day (Today), admins to staff. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private SecurityContext securityContext;

    public void goToStart() throws IOException {
        Faces.redirect(
                securityContext.isCallerInRole(RoleType.CONSULTANT_ROLE)
                        ? "dyad/today.xhtml"
                        : "admin/staff/list.xhtml");
    }
}
