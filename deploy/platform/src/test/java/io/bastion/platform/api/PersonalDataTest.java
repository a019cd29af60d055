package io.bastion.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fieldsThatHoldPersonalNumbersAreMaskedWhateverTheirValue() throws Exception {
        JsonNode redacted = PersonalData.redacted(JSON.readTree("{\"name\":\"李明\",\"idCardNumber\":\"41042319800101001X\","
                + "\"phone\":\"0375-5051234\",\"members\":[{\"mobilePhone\":\"13812345678\"}],\"households\":512}"));
        assertEquals("{\"name\":\"李明\",\"idCardNumber\":\"410423********001X\",\"phone\":\"037*****1234\","
                + "\"members\":[{\"mobilePhone\":\"138****5678\"}],\"households\":512}", redacted.toString());
    }

    @Test
    void numbersWrittenIntoOtherTextAreMaskedToo() {
        assertEquals("书记 410423********1234，电话 139****0000，共 512 户",
                PersonalData.redacted("书记 410423198001011234，电话 13900000000，共 512 户"));
        // Codes and ids are not personal numbers: a village code, a longer run of digits, a UUID stay as they are.
        assertEquals("410423203201 4104232032011234567890 0f6d3c1e-8a4f-4c55-9a3e-2b1f8a6d9e01",
                PersonalData.redacted("410423203201 4104232032011234567890 0f6d3c1e-8a4f-4c55-9a3e-2b1f8a6d9e01"));
    }

    @Test
    void aWeakTagNeverMatchesAndAStrongOneNamesTheVersion() {
        assertEquals(7, Preconditions.requiredVersion("\"7\""));
        assertEquals(412, status(() -> Preconditions.requiredVersion("W/\"0\"")));
        assertEquals(428, status(() -> Preconditions.requiredVersion(" ")));
        assertEquals(400, status(() -> Preconditions.requiredVersion("7")));
    }

    private static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (io.bastion.platform.problem.ApiProblem e) {
            return e.status();
        }
    }
}
