package io.bastion.village.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county (县) or township (乡镇街道) by its 12-digit statistical division code. */
@Entity
@Table(name = "division")
public class Division extends VersionedRecord {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DivisionLevel level;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    public String prefix() {
        return new DivisionCode(code).prefix();
    }
}
