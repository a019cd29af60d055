package io.bastion.village.api;

import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.TopicRecords;
import io.bastion.platform.domain.Now;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.ensureVillage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IndicatorApiTest {

    private static final String FIGURES = "{\"partyMembersDeveloped\":2,\"activistsDeveloped\":5,\"venueBuilt\":true,"
            + "\"venueAreaM2\":260.5,\"venueInvestment\":35,\"collectiveIncome\":6.5,\"backwardToAdvanced\":true,"
            + "\"financiallyAudited\":true,\"rulesEstablished\":3}";

    @BeforeEach
    void village() {
        Callers.ensureDivisions();
        ensureVillage("410423203371", "指标村");
    }

    @Test
    void aYearIsRecordedOnceAndReplacedOnlyWithItsVersion() {
        countyAdmin().body(FIGURES).put("/api/v1/villages/410423203371/indicators/2025").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("collectiveIncome", equalTo(6.5f))
                .body("venueAreaM2", equalTo(260.5f))
                .body("financiallyAudited", equalTo(true))
                .body("rulesEstablished", equalTo(3));
        countyAdmin().body(FIGURES).put("/api/v1/villages/410423203371/indicators/2025").then().statusCode(428);
        countyAdmin().header("If-Match", "\"0\"").body(FIGURES.replace("6.5", "7.25"))
                .put("/api/v1/villages/410423203371/indicators/2025").then().statusCode(200).header("ETag", "\"1\"")
                .body("collectiveIncome", equalTo(7.25f));
        countyAdmin().header("If-Match", "\"0\"").body(FIGURES).put("/api/v1/villages/410423203371/indicators/2025")
                .then().statusCode(412);
        countyAdmin().header("If-Match", "\"1\"").body(FIGURES.replace("6.5", "7.25"))
                .put("/api/v1/villages/410423203371/indicators/2025").then().statusCode(200).header("ETag", "\"1\"");
        countyAdmin().header("If-Match", "\"3\"").body(FIGURES).put("/api/v1/villages/410423203371/indicators/2024").then().statusCode(404);
        countyAdmin().body("{}").put("/api/v1/villages/410423203371/indicators/2024").then().statusCode(201)
                .body("partyMembersDeveloped", equalTo(0)).body("venueBuilt", equalTo(false))
                .body("financiallyAudited", equalTo(false)).body("rulesEstablished", equalTo(0));
        countyAdmin().get("/api/v1/villages/410423203371/indicators").then().statusCode(200).body("year", contains(2024, 2025));
        countyAdmin().get("/api/v1/villages/410423203371/indicators/2025").then().statusCode(200).header("ETag", "\"1\"");
        countyAdmin().get("/api/v1/villages/410423203371/indicators/2019").then().statusCode(404);
    }

    @Test
    void figuresAreCheckedTogether() {
        int next = Now.today().getYear() + 1;
        countyAdmin().body("{\"partyMembersDeveloped\":-1,\"venueBuilt\":true,\"venueInvestment\":1.234,\"collectiveIncome\":-2,"
                        + "\"rulesEstablished\":-1}")
                .put("/api/v1/villages/410423203371/indicators/" + next).then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/invalid-indicators"))
                .body("errors.rule", containsInAnyOrder("range", "not-negative", "not-negative", "decimal-places", "not-negative",
                        "required-when-venue-built"));
        countyAdmin().body("{\"venueAreaM2\":100}").put("/api/v1/villages/410423203371/indicators/2023").then().statusCode(422)
                .body("errors[0].rule", equalTo("venue-figures-need-venue"));
        countyAdmin().body("{\"collectiveIncome\":\"a lot\"}").put("/api/v1/villages/410423203371/indicators/2023").then().statusCode(400);
        Callers.townshipOperator(Callers.OTHER_TOWNSHIP).body(FIGURES).put("/api/v1/villages/410423203371/indicators/2023")
                .then().statusCode(403);
        countyAdmin().get("/api/v1/villages/410423203371/indicators/2023").then().statusCode(404);
    }

    @Test
    void aRecordIsPublishedAsAnEventThatMatchesItsSchema() {
        ensureVillage("410423203372", "指标事件村");
        countyAdmin().body(FIGURES).put("/api/v1/villages/410423203372/indicators/2025").then().statusCode(201);
        Instant deadline = Instant.now().plusSeconds(30);
        List<ConsumerRecord<String, String>> events = List.of();
        while (events.isEmpty() && Instant.now().isBefore(deadline)) {
            events = TopicRecords.readAll(TestInfrastructure.shared().kafka.bootstrapServers(), "bastion.village").stream()
                    .filter(r -> "410423203372".equals(r.key()))
                    .filter(r -> "bastion.village.indicators-recorded.v1".equals(
                            new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
                    .toList();
        }
        if (events.isEmpty()) {
            fail("no indicators-recorded event within 30 s");
        }
        assertEquals(List.of(), EventSchemas.load(Path.of("")).problems("bastion.village.indicators-recorded.v1",
                events.get(0).value()), events.get(0).value());
    }
}
