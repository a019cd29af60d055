package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.bastion.supervision.Callers;
import io.bastion.supervision.CountyTestClock;
import io.bastion.supervision.domain.MissedReports;
import io.bastion.supervision.domain.ReportReminders;
import io.bastion.supervision.domain.ReportWeek;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.countyAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A week in which one key-contact village reports on time, one late and one not at all, and the rates and alerts that follow. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class WeeklyReportApiTest {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    // A township of its own, so the rates here count only this test's cases.
    private static final String TOWNSHIP = "410423206";

    @Inject
    CountyTestClock clock;

    @Inject
    MissedReports missed;

    @Inject
    ReportReminders reminders;

    @AfterEach
    void release() {
        clock.release();
    }

    private static RequestSpecification township() {
        return Callers.as("township-operator", TOWNSHIP);
    }

    /** A city-B case that entered rectification at {@code since}, as village-service announced it then. */
    private static String rectifyingSince(String village, Instant since) {
        String caseId = UUID.randomUUID().toString();
        CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, village,
                VillageEventData.caseIdentified(caseId, village, "TEAM_INCOMPLETE"));
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_STATUS_CHANGED, village,
                VillageEventData.caseStatusChanged(caseId, village, "IDENTIFIED", "PLANNING", null, 1), since.minusSeconds(3600));
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_STATUS_CHANGED, village,
                VillageEventData.caseStatusChanged(caseId, village, "PLANNING", "RECTIFYING", null, 2), since);
        Callers.awaitStatus(caseId, "RECTIFYING");
        return caseId;
    }

    private static String report(String caseId, ReportWeek week) {
        return "{\"caseId\":\"" + caseId + "\",\"week\":\"" + week + "\",\"progress\":\"新书记到任\",\"problems\":\"集体经济薄弱\","
                + "\"nextSteps\":\"召开党员大会\",\"attachments\":[\"照片-1024\"]}";
    }

    @Test
    void onTimeLateAndMissingAndTheRatesAndAlertsThatFollow() {
        ReportWeek week = ReportWeek.of(LocalDate.now(COUNTY).minusWeeks(2));
        Instant since = week.start(COUNTY).minusDays(3).toInstant();
        String onTime = rectifyingSince(TOWNSHIP + "201", since);
        String late = rectifyingSince(TOWNSHIP + "202", since);
        String silent = rectifyingSince(TOWNSHIP + "203", since);

        // Friday of that week: one village reports, on time.
        clock.standAt(week.monday().plusDays(4).atTime(10, 0).atZone(COUNTY).toInstant());
        township().body(report(onTime, week)).post("/api/v1/weekly-reports").then().statusCode(201).body("onTime", equalTo(true));
        township().body(report(onTime, week.next())).post("/api/v1/weekly-reports").then().statusCode(422)
                .body("errors[0].rule", equalTo("week-started"));
        // The Tuesday after: another reports for it, late; the third never does.
        clock.standAt(week.next().monday().plusDays(1).atTime(9, 0).atZone(COUNTY).toInstant());
        township().body(report(late, week)).post("/api/v1/weekly-reports").then().statusCode(201).body("onTime", equalTo(false));
        township().body(report(late, week)).post("/api/v1/weekly-reports").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/report-exists"));
        township().body(report(late, week.minusWeeks(2))).post("/api/v1/weekly-reports").then().statusCode(422)
                .body("errors[0].rule", equalTo("week-owed"));
        township().body(report(late, week).replace(week.toString(), "2026-W99")).post("/api/v1/weekly-reports").then().statusCode(422)
                .body("errors[0].rule", equalTo("iso-week"));

        JsonPath rates = countyAdmin().queryParam("from", week.toString()).queryParam("to", week.toString())
                .queryParam("township", TOWNSHIP).get("/api/v1/weekly-reports/compliance").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(TOWNSHIP), rates.getList("key"));
        assertEquals(3, rates.getInt("[0].expected"));
        assertEquals(1, rates.getInt("[0].onTime"));
        assertEquals(1, rates.getInt("[0].late"));
        assertEquals(1, rates.getInt("[0].missing"));
        assertEquals(0.6667, rates.getDouble("[0].reportingRate"), 1e-9);
        assertEquals(0.3333, rates.getDouble("[0].onTimeRate"), 1e-9);
        countyAdmin().queryParam("from", week.toString()).queryParam("to", week.toString()).queryParam("township", TOWNSHIP)
                .queryParam("by", "GRADE").get("/api/v1/weekly-reports/compliance").then().body("key", equalTo(List.of("CITY_B")));
        countyAdmin().queryParam("from", week.toString()).queryParam("to", week.toString()).queryParam("township", TOWNSHIP)
                .queryParam("standing", "MISSING").get("/api/v1/weekly-reports/owed").then().body("caseId", equalTo(List.of(silent)));

        // The alert: once for the silent village's week, however often the scan runs.
        clock.release();
        missed.scan();
        missed.scan();
        List<ConsumerRecord<String, String>> alerts = CloudEvents.await("bastion.supervision",
                r -> CloudEvents.header(r, "ce_type").equals("bastion.supervision.weekly-report-missed.v1") && r.key().startsWith(TOWNSHIP)
                        && r.value().contains(week.toString()), 1);
        assertEquals(1, alerts.size(), "one alert for the one missing report of that week");
        assertEquals(silent, new JsonPath(alerts.get(0).value()).getString("caseId"));
        List<ConsumerRecord<String, String>> submitted = CloudEvents.await("bastion.supervision", r -> r.key().startsWith(TOWNSHIP)
                && CloudEvents.header(r, "ce_type").equals("bastion.supervision.weekly-report-submitted.v1"), 2);
        assertEquals(List.of(false, true), submitted.stream().map(r -> new JsonPath(r.value()).getBoolean("onTime")).sorted().toList(),
                "one event per report; refused reports publish nothing");
        for (ConsumerRecord<String, String> event : CloudEvents.await("bastion.supervision", r -> r.key().startsWith(TOWNSHIP), 3)) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
        }
    }

    @Test
    void aCaseOwesReportsFromTheDayItIsRaisedToAKeyContactUntilTheDayItIsLowered() {
        String township = "410423216";
        String village = township + "201";
        ReportWeek fourBack = ReportWeek.of(LocalDate.now(COUNTY).minusWeeks(4));
        String caseId = UUID.randomUUID().toString();
        CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, village,
                VillageEventData.caseIdentified(caseId, village, "TEAM_INCOMPLETE").replace("\"grade\":\"CITY_B\"", "\"grade\":\"NONE\""));
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_STATUS_CHANGED, village,
                VillageEventData.caseStatusChanged(caseId, village, "IDENTIFIED", "PLANNING", null, 1), fourBack.start(COUNTY).minusDays(9).toInstant());
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_STATUS_CHANGED, village,
                VillageEventData.caseStatusChanged(caseId, village, "PLANNING", "RECTIFYING", null, 2), fourBack.start(COUNTY).minusDays(8).toInstant());
        // Raised to county-C on the Tuesday of the third week back, lowered again on the Tuesday of the last week.
        ReportWeek raised = fourBack.next();
        ReportWeek lowered = raised.next().next();
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_UPDATED, village,
                VillageEventData.caseUpdated(caseId, village, "RECTIFYING", "COUNTY_C", 3, "TEAM_INCOMPLETE"),
                raised.start(COUNTY).plusDays(1).toInstant());
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_UPDATED, village,
                VillageEventData.caseUpdated(caseId, village, "RECTIFYING", "NONE", 4, "TEAM_INCOMPLETE"),
                lowered.start(COUNTY).plusDays(1).toInstant());

        List<String> owed = List.of(raised + " MISSING", raised.next() + " MISSING");
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> now = List.of();
        while (!owed.equals(now) && Instant.now().isBefore(deadline)) {
            JsonPath weeks = Callers.as("township-operator", township).queryParam("from", fourBack.toString())
                    .queryParam("to", lowered.toString()).get("/api/v1/weekly-reports/owed").then().statusCode(200).extract().jsonPath();
            now = weeks.getList("collect { it.week + ' ' + it.standing }", String.class);
        }
        assertEquals(owed, now, "owed from the week it was raised until the week it was lowered");
        // A week it owed may still be reported, late; a week after the grade was lowered may not.
        Callers.as("township-operator", township).body(report(caseId, raised.next())).post("/api/v1/weekly-reports").then()
                .statusCode(201).body("onTime", equalTo(false));
        Callers.as("township-operator", township).body(report(caseId, lowered)).post("/api/v1/weekly-reports").then().statusCode(422)
                .body("errors[0].rule", equalTo("week-owed"));
        Callers.as("township-operator", township).body(report(caseId, fourBack)).post("/api/v1/weekly-reports").then().statusCode(422)
                .body("errors[0].rule", equalTo("week-owed"));
    }

    @Test
    void aTownshipIsRemindedTheDayBeforeOfEachReportNotIn() {
        String township = "410423210";
        ReportWeek week = ReportWeek.of(LocalDate.now(COUNTY));
        Instant since = week.start(COUNTY).minusDays(3).toInstant();
        String silent = rectifyingSince(township + "201", since);
        String diligent = rectifyingSince(township + "202", since);
        RequestSpecification operator = Callers.as("township-operator", township);

        clock.standAt(week.monday().plusDays(2).atTime(9, 0).atZone(COUNTY).toInstant());
        operator.body(report(diligent, week)).post("/api/v1/weekly-reports").then().statusCode(201);
        assertEquals(0, reminders.scan(), "Wednesday is too early");
        clock.standAt(week.monday().plusDays(6).atTime(9, 0).atZone(COUNTY).toInstant());
        reminders.scan();
        assertEquals(0, reminders.scan(), "once per case and week");
        Callers.as("township-operator", township).queryParam("kind", "weekly-report-due").get("/api/v1/notifications").then()
                .statusCode(200).body("items.reference", equalTo(List.of(silent)))
                .body("items[0].body", containsString(week.toString()));
    }
}
