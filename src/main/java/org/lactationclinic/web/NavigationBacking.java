package org.lactationclinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.lactationclinic.domain.staff.RoleType;
import org.omnifaces.util.Faces;

/**
 * What the layout's header shows for the signed-in user. The roles are the ones {@link SignedInRolesFilter} read when
 * the request arrived: the header is also rendered on error pages, where asking the container for roles fails.
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

    /** The session's idle timeout, for the layout's warning shortly before it ends. */
    public int getSessionTimeoutSeconds() {
        return Faces.getSessionMaxInactiveInterval();
    }

    public boolean isConsultant() {
        return roles().contains(RoleType.CONSULTANT);
    }

    public boolean isAdmin() {
        return roles().contains(RoleType.ADMIN);
    }

    private static Set<RoleType> roles() {
        HttpServletRequest request = Faces.getRequest();
        return SignedInRolesFilter.rolesOf(request);
    }
}
