package io.bastion.assistance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One piece of help given, as it was recorded; money in 万元, roads in km, venues in m². */
@Entity
@Table(name = "help_record")
public class HelpRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HelpKind kind;

    /** The village helped; absent for a training held for a whole township. */
    @Column(name = "village_code")
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "leader_id")
    public UUID leaderId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "happened_on", nullable = false)
    public LocalDate happenedOn;

    @Column(nullable = false)
    public String title;

    public String note;

    @Column(name = "project_kind")
    public String projectKind;

    @Column(name = "amount_wan")
    public BigDecimal amountWan;

    @Column(name = "length_km")
    public BigDecimal lengthKm;

    public Integer households;

    @Column(name = "area_m2")
    public BigDecimal areaM2;

    public Integer sessions;

    @Column(name = "people_trained")
    public Integer peopleTrained;

    @Column(name = "petition_risks_resolved")
    public Integer petitionRisksResolved;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
