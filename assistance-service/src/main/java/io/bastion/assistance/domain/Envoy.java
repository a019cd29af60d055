package io.bastion.assistance.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person a unit sends: a work-team member, an instructor, a stationed cadre or a first secretary. */
@Entity
@Table(name = "envoy")
public class Envoy extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String post;

    /** Personal data: shown only to county admins and township operators. */
    public String phone;
}
