package io.bastion.supervision.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A periodic bulletin (定期通报): a draft the county edits, then published and never changed again. */
@Entity
@Table(name = "bulletin")
public class Bulletin extends VersionedRecord {

    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    public UUID id;

    /** The division it covers: the county, or one township. */
    @Column(nullable = false)
    public String division;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(nullable = false)
    public String title;

    public String preface;

    public String closing;

    /** What the records said for the period when it was generated, and the names the editor settled on. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public BulletinContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** As published; a draft is written out from its content each time it is read. */
    public String markdown;

    public String html;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
