package io.bastion.assistance.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A county-level leader (县级领导班子成员) who can be the contact of cases. */
@Entity
@Table(name = "leader")
public class Leader extends VersionedRecord {

    @Id
    public UUID id;

    /** The account the leader signs in with (the token's subject): what their reads are limited by. */
    @Column(nullable = false)
    public String account;

    /** The county (6 digits) whose reference data this is: only that county reaches it. */
    @Column(nullable = false)
    public String division;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String post;
}
