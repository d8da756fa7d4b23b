package org.lactationclinic.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.StaffRepository;

/**
 * The first admin of an empty database (issue 15, point 6; deploy/README.md, "The first admin").
 *
 * <p>At start-up, when {@value #USERNAME} and {@value #PASSWORD_FILE} are set and the staff table is empty, an account
 * with the admin role is created with the password read from that file (a file, not a variable, so the password is in
 * no process listing or environment dump), checked by the {@link PasswordPolicy}, and the creation is audited. When any
 * account exists, the variables are ignored (and a warning says to remove them): they can never add a second admin or
 * reset one's password. She then signs in, adds the staff and gives one of them the admin role as well.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdminBootstrap {

    public static final String USERNAME = "INITIAL_ADMIN_USERNAME";
    public static final String PASSWORD_FILE = "INITIAL_ADMIN_PASSWORD_FILE";
    static final String FULL_NAME = "First administrator";

    private static final Logger LOG = Logger.getLogger(FirstAdminBootstrap.class.getName());

    @Inject
    private Config config;

    @Inject
    private StaffRepository staff;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private SignInAudit audit;

    @PostConstruct
    void createIfAsked() {
        Optional<String> username = config.getOptionalValue(USERNAME, String.class)
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
        Optional<String> passwordFile =
                config.getOptionalValue(PASSWORD_FILE, String.class).filter(s -> !s.isBlank());
        if (username.isEmpty() && passwordFile.isEmpty()) {
            return;
        }
        if (username.isEmpty() || passwordFile.isEmpty()) {
            LOG.severe("Set both " + USERNAME + " and " + PASSWORD_FILE
                    + " to create the first admin; no account created");
            return;
        }
        if (staff.countHoldingStartLock() > 0) { // one loader at a time, on any server (issue 16)
            LOG.warning("The database already has staff accounts: " + USERNAME + " and " + PASSWORD_FILE
                    + " are ignored; remove them from the environment file and delete the password file");
            return;
        }
        char[] password;
        try {
            password = Files.readString(Path.of(passwordFile.get()), StandardCharsets.UTF_8)
                    .strip()
                    .toCharArray();
        } catch (IOException e) {
            LOG.severe("The first admin's password file " + passwordFile.get() + " cannot be read: " + e.getMessage());
            return;
        }
        try {
            Optional<String> refusal = policy.refusal(password, username.get());
            if (refusal.isPresent()) {
                LOG.severe("The first admin's password is refused (" + refusal.get() + "): at least "
                        + PasswordPolicy.MIN_LENGTH + " characters, not a common password; no account created");
                return;
            }
            StaffUser admin = new StaffUser(username.get(), FULL_NAME, hasher.hash(password), Set.of(RoleType.ADMIN));
            staff.add(admin);
            staff.flush(admin);
            audit.recordAccountCreated(
                    admin.getUuid(), "first admin " + admin.getUsername() + ", roles ADMIN (" + USERNAME + ")");
            LOG.warning("First admin " + admin.getUsername() + " created. Remove " + USERNAME + " and " + PASSWORD_FILE
                    + " from the environment file and delete the password file.");
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
