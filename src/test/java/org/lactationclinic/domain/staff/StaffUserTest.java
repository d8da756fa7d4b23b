package org.lactationclinic.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/** An admin manages accounts but cannot lock herself out. */
class StaffUserTest {

    private final StaffUser admin =
            new StaffUser("grace", "Grace Okafor", "hash", EnumSet.of(RoleType.ADMIN, RoleType.CONSULTANT));
    private final StaffUser consultant = new StaffUser("ana", "Ana López", "hash", EnumSet.of(RoleType.CONSULTANT));

    @Test
    void disable_anotherAccount_shouldStopIt_andEnableUndoIt() {
        consultant.setEnabledBy(admin, false);
        assertFalse(consultant.isEnabled());
        consultant.setEnabledBy(admin, true);
        assertTrue(consultant.isEnabled());
    }

    @Test
    void disable_herOwnAccount_shouldBeRefused() {
        assertEquals(
                "staff.message.error.disableSelf",
                assertThrows(ClinicalRuleException.class, () -> admin.setEnabledBy(admin, false))
                        .getMessageKey());
        assertTrue(admin.isEnabled());
    }

    @Test
    void roles_shouldNeedOneAndNeverTakeAdminFromHerself() {
        consultant.changeRolesBy(admin, Set.of(RoleType.CONSULTANT, RoleType.ADMIN));
        assertEquals(Set.of(RoleType.CONSULTANT, RoleType.ADMIN), consultant.getRoles());
        assertThrows(ClinicalRuleException.class, () -> consultant.changeRolesBy(admin, Set.of()));
        assertEquals(
                "staff.message.error.dropOwnAdmin",
                assertThrows(ClinicalRuleException.class, () -> admin.changeRolesBy(admin, Set.of(RoleType.CONSULTANT)))
                        .getMessageKey());
        admin.changeRolesBy(admin, Set.of(RoleType.ADMIN));
        assertEquals(Set.of(RoleType.ADMIN), admin.getRoles(), "she may drop her own consultant role");
    }
}
