package io.bastion.devstack.infra;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The data of village-service's case events as its relay publishes them, for services whose tests
 * feed their case projections through the real broker. Each is valid against its schema in
 * {@code docs/events}; the tests check that before publishing.
 */
public final class VillageEventData {

    /** The services count days in the county's zone, not the machine's. */
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    public static final String CASE_IDENTIFIED = "bastion.village.case-identified.v1";
    public static final String CASE_UPDATED = "bastion.village.case-updated.v1";
    public static final String CASE_STATUS_CHANGED = "bastion.village.case-status-changed.v1";
    public static final String VILLAGE_UPDATED = "bastion.village.village-updated.v1";
    public static final String DIVISION_CHANGED = "bastion.village.division-changed.v1";

    private VillageEventData() {
    }

    /** A city-B case of the 2026 campaign, named 测试村 and the village segment. */
    public static String caseIdentified(String caseId, String village, String... categories) {
        return "{\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9)
                + "\",\"countyCode\":\"" + village.substring(0, 6) + "\",\"villageName\":\"测试村" + village.substring(9)
                + "\",\"campaignYear\":2026,\"identifiedOn\":\"" + LocalDate.now(COUNTY) + "\",\"categories\":[\""
                + String.join("\",\"", categories) + "\"],\"grade\":\"CITY_B\","
                + "\"hardCase\":false,\"hardCaseFlags\":[],\"talksHeld\":2,\"suggestionsCollected\":4,\"source\":\"SCREENING\",\"previousCaseId\":null,\"version\":0}";
    }

    public static String caseUpdated(String caseId, String village, String status, String grade, int version, String... categories) {
        return "{\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9)
                + "\",\"campaignYear\":2026,\"identifiedOn\":\"" + LocalDate.now(COUNTY) + "\",\"status\":\"" + status
                + "\",\"categories\":[\"" + String.join("\",\"", categories)
                + "\"],\"grade\":\"" + grade + "\",\"hardCase\":false,\"hardCaseFlags\":[],\"talksHeld\":3,\"suggestionsCollected\":5,"
                + "\"questionnaires\":0,\"version\":" + version + "}";
    }

    /** A move of a 2026 city-B case; {@code deadline} may be null. */
    public static String caseStatusChanged(String caseId, String village, String from, String to, String deadline, int version) {
        return "{\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9)
                + "\",\"campaignYear\":2026,\"grade\":\"CITY_B\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"reason\":\"test\","
                + "\"rectifyDeadline\":" + (deadline == null ? "null" : "\"" + deadline + "\"")
                + ",\"triggerEventId\":null,\"triggerEventType\":null,\"version\":" + version + "}";
    }

    public static String villageUpdated(String village, String name, int version) {
        return "{\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9) + "\",\"countyCode\":\""
                + village.substring(0, 6) + "\",\"name\":\"" + name + "\",\"urbanRuralClass\":\"220\",\"households\":100,"
                + "\"population\":400,\"partyMembers\":20,\"partyOrganizationForm\":\"BRANCH\",\"version\":" + version + "}";
    }

    /** A township of 鲁山县 registered or renamed; {@code township} is its 9-digit code. */
    public static String divisionChanged(String township, String name, int version) {
        return "{\"code\":\"" + township + "000\",\"level\":\"TOWNSHIP\",\"name\":\"" + name + "\",\"parentCode\":\""
                + township.substring(0, 6) + "000000\",\"version\":" + version + "}";
    }
}
