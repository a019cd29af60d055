package io.bastion.village.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A slice of the changes feed; ask again with {@code since=cursor} for what follows. */
@Schema(name = "VillageChanges")
public record ChangesPage(List<VillageChange> changes, String cursor, boolean more) {
}
