package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.supervision.domain.Bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bulletin was published for its division; keyed by the division's code. Read it at {@code /api/v1/bulletins/{bulletinId}}. */
public record BulletinPublished(UUID bulletinId, String division, LocalDate periodFrom, LocalDate periodTo, String title, int townships,
                                int praised, int criticized, OffsetDateTime publishedAt) implements OutgoingEvent {

    public static final String TYPE = "bastion.supervision.bulletin-published.v1";

    public static BulletinPublished of(Bulletin b) {
        return new BulletinPublished(b.id, b.division, b.periodFrom, b.periodTo, b.title, b.content.ranking().size(),
                b.content.praised().size(), b.content.criticized().size(), b.publishedAt);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }

    @JsonIgnore
    @Override
    public String villageCode() {
        return null;
    }

    @Override
    public String subject() {
        return division;
    }
}
