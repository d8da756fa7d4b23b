package org.lactationclinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.lactationclinic.domain.staff.RoleType;
import org.omnifaces.util.Faces;

/**
 * What the layout's header shows for the signed-in user. Asks the servlet request rather than the
 * Jakarta Security context, because the header is also rendered on error pages, where the security
 * context's authorization lookup is not available.
 */
@Named
@RequestScoped
public class NavigationBacking {

    public boolean isSignedIn() {
        return Faces.getRemoteUser() != null;
    }

    public String getUsername() {
        return Faces.getRemoteUser();
    }

    public boolean isConsultant() {
        return Faces.isUserInRole(RoleType.CONSULTANT_ROLE);
    }

    public boolean isAdmin() {
        return Faces.isUserInRole(RoleType.ADMIN_ROLE);
    }
}
