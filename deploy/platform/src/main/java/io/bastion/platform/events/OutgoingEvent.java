package io.bastion.platform.events;

/** An event a service publishes on its own topic through the outbox; its data is the record's JSON. */
public interface OutgoingEvent {

    /** The CloudEvents type, e.g. {@code bastion.village.village-registered.v1}. */
    String type();

    /** The village the event is about. */
    String villageCode();

    /**
     * The Kafka record key and CloudEvents subject: the village, so a village's events stay in order.
     * An event about a whole township (a township-wide training) is keyed by the township's code.
     */
    default String subject() {
        return villageCode();
    }
}
