package org.lactationclinic.web.admin.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.lactationclinic.application.SecondFactorService;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;

/**
 * admin/staff/list.xhtml: the clinic's staff accounts, and what an admin does with them: disable or enable an account,
 * reset its password, change its roles. Each action carries the version the list was loaded at.
 */
@Named
@ViewScoped
public class StaffListBacking extends ViewScopedPage {

    @Inject
    private transient StaffService staffService;

    @Inject
    private transient SecondFactorService secondFactor;

    private Boolean secondFactorRequired;

    private List<StaffUser> staff;
    private Map<String, Instant> lockedUntil = Map.of();
    private StaffUser selected;
    private String newPassword;
    private List<RoleType> roles = new ArrayList<>();

    public void load() {
        if (staff == null) {
            reload();
        }
    }

    private void reload() {
        staff = staffService.listStaff();
        lockedUntil = staffService.signInLocksOf(
                staff.stream().map(StaffUser::getUsername).toList());
    }

    /** Lifts the account's sign-in lock (too many wrong passwords, issue 15). */
    public void liftLock(StaffUser user) {
        if (UserErrors.attempt(() -> staffService.liftSignInLock(user.getUuid()))
                .isDone()) {
            Messages.addGlobalInfo("admin_staff_list.message.info.lockLifted", user.getUsername());
        }
        reload();
    }

    /**
     * Turns an account's second factor off (a lost phone; issue 15): it signs in with its password until re-enrolled.
     */
    public void resetSecondFactor(StaffUser user) {
        if (UserErrors.attempt(() -> secondFactor.reset(user.getUuid())).isDone()) {
            Messages.addGlobalInfo("admin_staff_list.message.info.secondFactorReset", user.getUsername());
        }
        reload();
    }

    /** Whether the clinic requires admins to sign in with a second factor. */
    public boolean isSecondFactorRequired() {
        if (secondFactorRequired == null) {
            secondFactorRequired = secondFactor.isRequiredForAdmins();
        }
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean required) {
        this.secondFactorRequired = required;
    }

    public void saveSecondFactorRequired() {
        boolean required = isSecondFactorRequired();
        if (UserErrors.attempt(() -> secondFactor.setRequiredForAdmins(required))
                .isDone()) {
            Messages.addGlobalInfo(
                    required
                            ? "admin_staff_list.message.info.secondFactorRequired"
                            : "admin_staff_list.message.info.secondFactorOptional");
        }
    }

    /** When the account's sign-in lock ends, or null when it is not locked. */
    public Instant lockedUntil(StaffUser user) {
        return lockedUntil.get(user.getUsername());
    }

    public void toggleEnabled(StaffUser user) {
        boolean enable = !user.isEnabled();
        if (UserErrors.attempt(() -> staffService.setEnabled(user.getUuid(), user.getVersion(), enable))
                .isDone()) {
            Messages.addGlobalInfo(
                    enable ? "admin_staff_list.message.info.enabled" : "admin_staff_list.message.info.disabled",
                    user.getUsername());
        }
        reload();
    }

    public void select(StaffUser user) {
        selected = user;
        newPassword = null;
        roles = new ArrayList<>(user.getRoles());
    }

    public void resetPassword() {
        char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
        if (UserErrors.attempt(() -> staffService.resetPassword(selected.getUuid(), selected.getVersion(), password))
                .isDone()) {
            Messages.addGlobalInfo("admin_staff_list.message.info.passwordReset", selected.getUsername());
        }
        newPassword = null;
        reload();
    }

    public void saveRoles() {
        EnumSet<RoleType> chosen = roles.isEmpty() ? EnumSet.noneOf(RoleType.class) : EnumSet.copyOf(roles);
        if (UserErrors.attempt(() -> staffService.changeRoles(selected.getUuid(), selected.getVersion(), chosen))
                .isDone()) {
            Messages.addGlobalInfo("admin_staff_list.message.info.rolesChanged", selected.getUsername());
        }
        reload();
    }

    public List<StaffUser> getStaff() {
        return staff;
    }

    public RoleType[] getAllRoles() {
        return RoleType.values();
    }

    public StaffUser getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<RoleType> getRoles() {
        return roles;
    }

    public void setRoles(List<RoleType> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }
}
