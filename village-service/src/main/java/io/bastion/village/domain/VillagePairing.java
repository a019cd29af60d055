package io.bastion.village.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A pairing of a village with a county leader or a department, projected from assistance-service's events. */
@Entity
@Table(name = "village_pairing")
public class VillagePairing extends PanacheEntityBase {

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
