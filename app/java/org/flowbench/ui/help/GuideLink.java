package org.flowbench.ui.help;

import java.util.Locale;

/**
 * Where a link in the guide leads: another page (with an optional heading), a heading of the
 * same page, or the outside world (opened in the user's browser).
 */
public record GuideLink(Kind kind, String page, String anchor, String url) {
    public enum Kind { PAGE, ANCHOR, EXTERNAL }

    public static GuideLink parse(String destination) {
        if (destination.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return new GuideLink(Kind.EXTERNAL, null, null, destination);
        int hash = destination.indexOf('#');
        String page = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? null : destination.substring(hash + 1);
        if (page.isEmpty()) return new GuideLink(Kind.ANCHOR, null, anchor, null);
        return new GuideLink(Kind.PAGE, page, anchor, null);
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    public static String slug(String heading) {
        StringBuilder out = new StringBuilder();
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') out.append(c);
            else if (c == ' ') out.append('-');
        }
        return out.toString();
    }
}
