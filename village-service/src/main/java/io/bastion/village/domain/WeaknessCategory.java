package io.bastion.village.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A weakness category of the catalogue: year 0 for the national list, a campaign year for a county's own. */
@Entity
@Table(name = "weakness_category")
@IdClass(WeaknessCategory.Key.class)
public class WeaknessCategory extends PanacheEntityBase {

    public static final String OTHER = "OTHER";

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

    public record Key(int campaignYear, String code) implements Serializable {
    }
}
