package io.bastion.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a person reads, in Chinese unless the request prefers English. A key is looked up in the
 * service's bundle ({@code messages.properties}, Chinese, and {@code messages_en.properties}) and
 * then in the platform's ({@code platform-messages}), which holds the answers every service shares.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The service's own first, so a service can word a shared answer its own way. */
    private static final String[] BUNDLES = {"messages", "platform-messages"};

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
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            }
        }
        return key;
    }

    public static boolean has(String key) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, Locale.ROOT);
            if (bundle != null && bundle.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The service's bundle or the platform's, from the application's class loader; null if it has none. */
    private static ResourceBundle bundle(String name, Locale locale) {
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(name, language, Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
