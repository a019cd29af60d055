package io.bastion.village.api.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
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

    public static Locale localeOf(HttpHeaders headers) {
        return localeOf(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * English when the first language of an Accept-Language header that we speak is English;
     * Chinese otherwise, a missing or unreadable header included.
     */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
                if (language.equals("zh")) {
                    return Locale.CHINESE;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // a header we cannot read asks for nothing in particular
        }
        return Locale.CHINESE;
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
