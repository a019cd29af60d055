package io.bastion.village.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A village's figures for one year, as the stage report counts them. Money in 万元, area in m². */
@Entity
@Table(name = "village_indicator")
@IdClass(VillageIndicator.Key.class)
public class VillageIndicator extends PanacheEntityBase {

    @Id
    @Column(name = "village_code")
    public String villageCode;

    @Id
    public int year;

    @Column(name = "party_members_developed", nullable = false)
    public int partyMembersDeveloped;

    @Column(name = "activists_developed", nullable = false)
    public int activistsDeveloped;

    @Column(name = "venue_built", nullable = false)
    public boolean venueBuilt;

    @Column(name = "venue_area_m2", precision = 10, scale = 1)
    public BigDecimal venueAreaM2;

    @Column(name = "venue_investment", precision = 12, scale = 2)
    public BigDecimal venueInvestment;

    @Column(name = "collective_income", precision = 12, scale = 2)
    public BigDecimal collectiveIncome;

    @Column(name = "backward_to_advanced", nullable = false)
    public boolean backwardToAdvanced;

    /** The village's finances were audited (村级财务审计) this year. */
    @Column(name = "financially_audited", nullable = false)
    public boolean financiallyAudited;

    /** Village rules and working procedures established or revised this year (规范村级工作制度). */
    @Column(name = "rules_established", nullable = false)
    public int rulesEstablished;

    @Version
    public int version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public record Key(String villageCode, int year) implements Serializable {
    }

    void apply(IndicatorDraft d) {
        partyMembersDeveloped = d.partyMembersDeveloped() == null ? 0 : d.partyMembersDeveloped();
        activistsDeveloped = d.activistsDeveloped() == null ? 0 : d.activistsDeveloped();
        venueBuilt = Boolean.TRUE.equals(d.venueBuilt());
        venueAreaM2 = d.venueAreaM2();
        venueInvestment = d.venueInvestment();
        collectiveIncome = d.collectiveIncome();
        backwardToAdvanced = Boolean.TRUE.equals(d.backwardToAdvanced());
        financiallyAudited = Boolean.TRUE.equals(d.financiallyAudited());
        rulesEstablished = d.rulesEstablished() == null ? 0 : d.rulesEstablished();
    }

    boolean matches(IndicatorDraft d) {
        return partyMembersDeveloped == (d.partyMembersDeveloped() == null ? 0 : d.partyMembersDeveloped())
                && activistsDeveloped == (d.activistsDeveloped() == null ? 0 : d.activistsDeveloped())
                && venueBuilt == Boolean.TRUE.equals(d.venueBuilt())
                && same(venueAreaM2, d.venueAreaM2()) && same(venueInvestment, d.venueInvestment())
                && same(collectiveIncome, d.collectiveIncome())
                && backwardToAdvanced == Boolean.TRUE.equals(d.backwardToAdvanced())
                && financiallyAudited == Boolean.TRUE.equals(d.financiallyAudited())
                && rulesEstablished == (d.rulesEstablished() == null ? 0 : d.rulesEstablished());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
