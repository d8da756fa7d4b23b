package org.lactationclinic.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.lactationclinic.domain.staff.RoleType;

/**
 * Notes the signed-in user's roles on each incoming request. An error page rendered for that request (an error
 * dispatch) cannot ask the container for roles: Payara's authorization has no policy context there and fails. The page
 * header reads the roles noted here instead.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class SignedInRolesFilter extends HttpFilter {

    private static final String ROLES = SignedInRolesFilter.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<RoleType> roles = EnumSet.noneOf(RoleType.class);
        if (request.getUserPrincipal() != null) {
            for (RoleType role : RoleType.values()) {
                if (request.isUserInRole(role.name())) {
                    roles.add(role);
                }
            }
        }
        request.setAttribute(ROLES, roles);
        chain.doFilter(request, response);
    }

    /** The roles noted when the request arrived; none when it did not pass this filter. */
    @SuppressWarnings("unchecked")
    static Set<RoleType> rolesOf(HttpServletRequest request) {
        Object roles = request.getAttribute(ROLES);
        return roles instanceof Set<?> noted ? (Set<RoleType>) noted : Set.of();
    }
}
