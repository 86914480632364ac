package io.charterline.notification;

/**
 * Who follows a project through its notices without being one of its people, such as the requester of one of its
 * changes. The feature that knows them answers, so that this package depends on none of them.
 */
public interface NoticeFollowers {

    /** Whether the user follows the project, and so reads the notices sent to them even before the first one. */
    boolean follows(String projectKey, String userId);
}
