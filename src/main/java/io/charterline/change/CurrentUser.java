package io.charterline.change;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request (Tasklist and engine-rest authenticate every call), if there is one. */
final class CurrentUser {

    private CurrentUser() {
    }

    static String idOrNull() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }
}
