package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.persistence.StaffRepository;
import org.lactationclinic.infrastructure.security.PasswordHasher;

import java.util.Locale;
import java.util.List;
import java.util.Set;

/** Staff accounts, managed by admins. */
@Stateless
@RolesAllowed(RoleType.ADMIN_ROLE)
public class StaffService {

    @Inject
    private StaffRepository staff;

    @Inject
    private PasswordHasher hasher;

    public List<StaffUser> listStaff() {
        return staff.listAll();
    }

    /** Creates an account with an initial password that the staff member is given in person. */
    public StaffUser createAccount(@NotNull String username, @NotNull String fullName, @NotNull char[] initialPassword,
                                   @NotEmpty Set<RoleType> roles) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        if (staff.findByUsername(normalized).isPresent()) {
            throw new ClinicalRuleException("admin_staff_edit.message.error.usernameTaken", "Username " + normalized + " is taken");
        }
        if (initialPassword.length < PasswordHasher.MIN_PASSWORD_LENGTH) {
            throw new ClinicalRuleException("admin_staff_edit.message.error.passwordTooShort", "Password too short");
        }
        StaffUser user = new StaffUser(normalized, fullName.strip(), hasher.hash(initialPassword), roles);
        staff.add(user);
        return user;
    }
}
