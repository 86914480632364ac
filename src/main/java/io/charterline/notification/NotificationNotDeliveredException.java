package io.charterline.notification;

/** A webhook that failed or answered with an error; its message is what Cockpit shows on the incident. */
public class NotificationNotDeliveredException extends RuntimeException {

    NotificationNotDeliveredException(String message, Throwable cause) {
        super(message, cause);
    }
}
