package org.lactationclinic.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.StaffRepository;

/**
 * What every in-container IT needs: the services, the {@code @RunAs} helpers that act as a consultant or an admin, and
 * the consultant's account, created once per database. A subclass has no {@code @Deployment}: every IT class runs in
 * the suite's one deployment ({@link SuiteDeployment}, {@link OneServerPerSuite}), where a subclass must be listed, and
 * shares its database with the other IT classes.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ContainerTestBase {

    /**
     * The seed of the names and numbers the tests make up, printed to the server log: a failure that depends on them is
     * repeated by passing the same seed ({@code -Dit.seed=...} in {@code it.jvm.options}).
     */
    private static final long SEED = Long.getLong("it.seed", System.nanoTime());

    private static final Random RANDOM = new Random(SEED);

    static {
        Logger.getLogger(ContainerTestBase.class.getName()).info("Test data seed: -Dit.seed=" + SEED);
    }

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
            asAdmin.call(() -> staffService.createAccount(
                    AsConsultant.USERNAME,
                    "Integration Consultant",
                    "integration-test-password".toCharArray(),
                    Set.of(RoleType.CONSULTANT)));
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

    /**
     * The names of the fields Bean Validation refused ({@code weightGrams} for
     * {@code saveDraft.findings[0].weightGrams}), from the {@link ConstraintViolationException} among the causes of
     * what a service threw (the container wraps it); empty when the failure was anything else.
     */
    static Set<String> refusedFields(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .map(violation -> fieldName(violation.getPropertyPath()))
                        .collect(Collectors.toSet());
            }
        }
        return Set.of();
    }

    private static String fieldName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    static Random random() {
        return RANDOM;
    }
}
