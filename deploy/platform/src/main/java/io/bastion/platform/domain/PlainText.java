package io.bastion.platform.domain;

/**
 * What any text that comes in may hold: no control characters but tab and line breaks (a NUL breaks
 * PostgreSQL, an escape sequence a terminal), no half of a surrogate pair (not text at all), and no
 * non-characters. Checked where text enters (JSON bodies, query strings, paths, files), once.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether the text is readable; null is. */
    public static boolean readable(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0 || c == 0xfffe || c == 0xffff) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
