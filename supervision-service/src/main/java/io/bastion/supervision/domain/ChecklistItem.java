package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of the acceptance checklist and the points it is worth; the items' weights total 100. */
@Entity
@Table(name = "acceptance_item")
public class ChecklistItem extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public int position;
}
