package org.lactationclinic.domain.shared;

/**
 * What text typed into the clinic may contain. Control characters are never typed on purpose: they arrive by pasting
 * from another program or from a crafted request, PostgreSQL refuses a NUL outright (the save then fails), and a line
 * break in a one-line value such as a username forges a new line in every log and export that shows it. So a one-line
 * field takes no control character at all; a multi-line field takes tab and line breaks and nothing else. The Faces
 * default validator ({@code web.TypedTextValidator}) applies this to every field; the audit trail stores what it cannot
 * refuse (a username typed at sign-in) {@linkplain #neutralised neutralised}.
 */
public final class TypedText {

    private TypedText() {}

    /**
     * True when the text holds a character a field of this kind cannot: any C0 control, DEL or C1 control; in a
     * multi-line field, tab, carriage return and line feed are allowed.
     */
    public static boolean hasControlCharacter(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(multiLine && (c == '\t' || c == '\r' || c == '\n'))) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds a carriage return or line feed (a one-line field's particular refusal). */
    public static boolean hasLineBreak(String text) {
        return text != null && (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0);
    }

    /**
     * The text on one line and printable: each control character written as a Java escape ({@code \n}, {@code \r},
     * {@code \t}, otherwise {@code \}{@code u0000}), and a backslash doubled so that an escape cannot be mistaken for
     * text that was typed that way. Text without either comes back unchanged.
     */
    public static String neutralised(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = c == '\\' ? "\\\\" : isControl(c) ? escape(c) : null;
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape == null) {
                    out.append(c);
                } else {
                    out.append(escape);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
