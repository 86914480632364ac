package io.charterline.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the engine always has a direct member of {@code camunda-admin}. Camunda's first-run setup page is
 * closed (CVE-2026-77226), so the first administrator comes from configuration instead.
 */
class AdminAccount {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

    private final IdentityService identityService;

    AdminAccount(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensure(AdminProperties admin) {
        if (identityService.createUserQuery().memberOfGroup(CharterlineGroups.ADMINS).count() > 0) {
            return;
        }
        if (admin.password() == null || admin.password().isBlank()) {
            throw new IllegalStateException("Charterline has no administrator (no user in the group '"
                    + CharterlineGroups.ADMINS + "'). Set CHARTERLINE_ADMIN_PASSWORD (and optionally "
                    + "CHARTERLINE_ADMIN_USER, default 'admin') for the first start; change the password afterwards "
                    + "in the Admin webapp.");
        }
        if (identityService.createUserQuery().userId(admin.user()).count() == 0) {
            User user = identityService.newUser(admin.user());
            user.setFirstName("Charterline");
            user.setLastName("Administrator");
            user.setPassword(admin.password());
            identityService.saveUser(user);
        }
        identityService.createMembership(admin.user(), CharterlineGroups.ADMINS);
        LOG.info("Made '{}' an administrator (member of {})", admin.user(), CharterlineGroups.ADMINS);
    }
}
