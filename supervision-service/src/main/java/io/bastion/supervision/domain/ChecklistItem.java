package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * An item of an acceptance checklist and the points it is worth; the items' weights total 100. The
 * national checklist belongs to no county (''); a county that sets its own keeps it as its own.
 */
@Entity
@Table(name = "acceptance_item")
@IdClass(ChecklistItem.Key.class)
public class ChecklistItem extends PanacheEntityBase {

    /** The county (6 digits) whose checklist this is; empty for the national one. */
    @Id
    public String division;

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public int position;

    public record Key(String division, String code) implements Serializable {
    }
}
