package io.bastion.village.domain;

/** The event of another service that caused a change: kept in the case's history. */
public record Trigger(String eventId, String eventType) {

    public static final Trigger COMMAND = new Trigger(null, null);

    /** A person's request through the API, not another service's event. */
    public boolean isCommand() {
        return eventId == null;
    }
}
