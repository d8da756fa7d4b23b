package org.lactationclinic.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.persistence.StaffRepository;

import java.util.Random;
import java.util.Set;

/**
 * What every in-container IT needs: the services, the {@code @RunAs} helpers that act as a consultant or an
 * admin, and the consultant's account, created once per database. A subclass adds its own
 * {@code @Deployment} ({@link Deployments#builtWarWithTestIdentities}).
 */
@ExtendWith(ArquillianExtension.class)
abstract class ContainerTestBase {

    private static final Random RANDOM = new Random();

    @EJB
    protected AsConsultant asConsultant;

    @EJB
    protected AsAdmin asAdmin;

    @EJB
    protected DyadService dyads;

    @EJB
    protected ConsultationService consultations;

    @EJB
    protected StaffService staffService;

    @Inject
    protected StaffRepository staffRepository;

    @BeforeEach
    void ensureTestConsultantAccount() throws Exception {
        if (staffRepository.findByUsername(AsConsultant.USERNAME).isEmpty()) {
            asAdmin.call(() -> staffService.createAccount(AsConsultant.USERNAME, "Integration Consultant",
                    "integration-test-password".toCharArray(), Set.of(RoleType.CONSULTANT)));
        }
    }

    /** A family name no other test uses: letters only, as names must be. */
    static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    static Random random() {
        return RANDOM;
    }
}
