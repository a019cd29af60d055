package io.bastion.village.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A weakness category of the catalogue: the national list (year 0, no county, read-only for every
 * county), or a county's own for a campaign year, seen only by that county.
 */
@Entity
@Table(name = "weakness_category")
@IdClass(WeaknessCategory.Key.class)
public class WeaknessCategory extends PanacheEntityBase {

    public static final String OTHER = "OTHER";

    /** The county that added it (6 digits); empty for the national list. */
    @Id
    public String division;

    @Id
    @Column(name = "campaign_year")
    public int campaignYear;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public int position;

    public boolean national() {
        return division.isEmpty();
    }

    public record Key(String division, int campaignYear, String code) implements Serializable {
    }
}
