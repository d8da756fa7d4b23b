package org.lactationclinic.web.admin.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.web.UserErrors;
import org.omnifaces.util.Messages;

/** admin/staff/edit.xhtml: an admin adds a staff account with an initial password and roles. */
@Named
@RequestScoped
public class StaffEditBacking {

    @Inject
    private StaffService staffService;

    @NotBlank
    @Size(max = 2 * ClinicalLimits.NAME_MAX)
    @Pattern(regexp = ClinicalLimits.STAFF_NAME_PATTERN, message = "{clinic.validation.name}")
    private String fullName;

    @NotBlank
    @Size(min = 3, max = ClinicalLimits.USERNAME_MAX)
    @Pattern(regexp = ClinicalLimits.USERNAME_PATTERN, message = "{clinic.validation.username}")
    private String username;

    @NotBlank
    @Size(min = StaffService.MIN_PASSWORD_LENGTH, max = 200, message = "{clinic.validation.passwordLength}")
    private String password;

    private List<RoleType> roles = new ArrayList<>(List.of(RoleType.CONSULTANT));

    public String save() {
        if (roles.isEmpty()) {
            Messages.addGlobalError("admin_staff_edit.message.error.noRole");
            return null;
        }
        if (UserErrors.attempt(() ->
                        staffService.createAccount(username, fullName, password.toCharArray(), EnumSet.copyOf(roles)))
                .isDone()) {
            Messages.addFlashGlobalInfo("admin_staff_edit.message.info.created", username);
            return "/admin/staff/list?faces-redirect=true";
        }
        password = null;
        return null;
    }

    public RoleType[] getAllRoles() {
        return RoleType.values();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public List<RoleType> getRoles() {
        return roles;
    }

    public void setRoles(List<RoleType> roles) {
        this.roles = roles;
    }
}
