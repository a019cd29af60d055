package io.bastion.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDate;

/**
 * A versioned record that may be voided when it was entered by mistake: it is not deleted but stays to
 * be read, with who voided it, when and why ({@link VoidReason}), and counts nowhere from then on.
 */
@MappedSuperclass
public abstract class VoidableRecord extends VersionedRecord {

    @Column(name = "voided_on")
    public LocalDate voidedOn;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "void_reason")
    public String voidReason;

    public boolean voided() {
        return voidedOn != null;
    }

    /** Voids the record on {@code on}, for a reason already checked. */
    public void voidBy(Actor actor, String reason, LocalDate on) {
        voidedOn = on;
        voidedBy = actor.name();
        voidReason = reason;
        updatedAt = Now.timestamp();
    }

    /** Refuses a change to a voided record as {@code problem} (409), naming the record and the day it was voided. */
    public void requireNotVoided(String problem, Object key) {
        if (voided()) {
            throw new Conflict(problem, key, voidedOn);
        }
    }
}
