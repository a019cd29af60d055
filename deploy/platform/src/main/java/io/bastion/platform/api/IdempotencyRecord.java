package io.bastion.platform.api;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The answer given to a POST with an {@code Idempotency-Key}, kept to give it again. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    public String etag;

    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public record Key(String caller, String idempotencyKey) implements Serializable {
    }
}
