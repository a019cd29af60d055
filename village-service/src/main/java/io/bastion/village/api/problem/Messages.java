package io.bastion.village.api.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a person reads, in Chinese unless the request prefers English. The bundles are
 * {@code messages.properties} (Chinese, the default) and {@code messages_en.properties}.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** English when the client's first acceptable language that we speak is English; Chinese otherwise. */
    public static Locale localeOf(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }

    /**
     * "en" or "zh" from a raw Accept-Language header, for the few answers written outside JAX-RS;
     * Chinese unless English comes first.
     */
    public static String preferredLanguage(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "zh";
        }
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
            String language = range.getRange().split("-")[0];
            if (language.equals("en") || language.equals("zh")) {
                return language;
            }
        }
        return "zh";
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages",
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle("messages", Locale.ROOT, NO_FALLBACK).containsKey(key);
    }
}
