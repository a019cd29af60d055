package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notification for everyone with a role within a division: its kind names the message in the
 * bundles ({@code notification.<kind>.title} and {@code .body}), its arguments fill it in.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_role", nullable = false)
    public String recipientRole;

    /** A division code: the readers' division prefix must lead to it (a township's operators, the county's admins). */
    @Column(name = "recipient_division", nullable = false)
    public String recipientDivision;

    @Column(nullable = false)
    public String kind;

    /** The message's arguments, as a JSON list of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String arguments;

    @Column(name = "village_code")
    public String villageCode;

    /** The record it is about, e.g. an acceptance's or a case's id. */
    public String reference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
