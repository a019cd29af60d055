package io.bastion.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseFileStatusTest {

    /** The statuses a filter may name are the ones village-service's events carry, no more and no fewer. */
    @Test
    void theStatusesAreThoseOfTheCaseStatusChangedEvent() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("..", "..", "docs", "events",
                "bastion.village.case-status-changed.v1.json").toFile());
        List<String> published = new ArrayList<>();
        schema.path("properties").path("to").path("enum").forEach(status -> published.add(status.asText()));
        assertEquals(published, Arrays.stream(CaseFileStatus.values()).map(Enum::name).toList());
    }
}
