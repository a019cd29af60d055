package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** That an account has read a notification, and when. */
@Entity
@Table(name = "notification_read")
public class NotificationRead extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "notification_id") UUID notificationId, @Column(name = "account") String account)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "notification_id", insertable = false, updatable = false)
    public UUID notificationId;

    @Column(insertable = false, updatable = false)
    public String account;

    @Column(name = "read_at", nullable = false)
    public OffsetDateTime readAt;
}
