package io.bastion.platform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A record the API versions (its ETag) and dates: villages, divisions, cases, team members. */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    /** Bumped by every change; the API's ETag. */
    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Refuses a change based on another version than this one: the caller read a stale copy. */
    public void requireVersion(int expected, String kind, String key) {
        if (version != expected) {
            throw new StaleVersion(kind, key, version);
        }
    }
}
