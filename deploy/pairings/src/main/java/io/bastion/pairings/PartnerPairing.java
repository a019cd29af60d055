package io.bastion.pairings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A pairing of a village with a county leader or a department, as assistance-service's events tell
 * it. Each service that keeps it creates the {@code partner_pairing} table in its own migrations.
 */
@Entity
@Table(name = "partner_pairing")
public class PartnerPairing extends PanacheEntityBase {

    @Id
    @Column(name = "pairing_id")
    public UUID pairingId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    /** The subject of the partner's token at the county's identity provider. */
    @Column(name = "partner_account", nullable = false)
    public String partnerAccount;

    @Column(nullable = false)
    public String form;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
