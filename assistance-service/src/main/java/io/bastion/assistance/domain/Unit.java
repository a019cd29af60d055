package io.bastion.assistance.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A unit that helps cases: a county department, an agency, an enterprise or an urban Party organization. */
@Entity
@Table(name = "unit")
public class Unit extends VersionedRecord {

    @Id
    public UUID id;

    /** The account the unit's staff sign in with (the token's subject). */
    @Column(nullable = false)
    public String account;

    /** The county (6 digits) whose reference data this is: only that county reaches it. */
    @Column(nullable = false)
    public String division;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;
}
