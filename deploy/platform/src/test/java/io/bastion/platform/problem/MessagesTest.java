package io.bastion.platform.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void chineseAndEnglishPlatformBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("platform-messages.properties").stringPropertyNames(),
                bundle("platform-messages_en.properties").stringPropertyNames());
    }

    @Test
    void chineseUnlessEnglishIsPreferredAmongTheLanguagesWeSpeak() {
        assertEquals(Locale.CHINESE, Messages.localeOf((String) null));
        assertEquals(Locale.CHINESE, Messages.localeOf(""));
        assertEquals(Locale.ENGLISH, Messages.localeOf("en-GB,en;q=0.9"));
        assertEquals(Locale.ENGLISH, Messages.localeOf("fr, en;q=0.5, zh;q=0.4"));
        assertEquals(Locale.CHINESE, Messages.localeOf("zh-CN, en;q=0.5"));
        assertEquals(Locale.CHINESE, Messages.localeOf("fr"));
        assertEquals(Locale.CHINESE, Messages.localeOf(";;;not a header"));
    }

    @Test
    void aSharedAnswerIsFoundInThePlatformBundleAndFormatted() {
        assertEquals("No village 410423203299", Messages.get(Locale.ENGLISH, "problem.not-found.detail", "village", "410423203299"));
        assertEquals("未找到村庄 410423203299", Messages.get(Locale.CHINESE, "problem.not-found.detail", "村庄", "410423203299"));
        assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key"));
    }

    private static Properties bundle(String name) throws IOException {
        try (Reader reader = new InputStreamReader(MessagesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
