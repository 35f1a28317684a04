package org.flowbench.ui.live;

import java.net.BindException;
import org.flowbench.ingest.live.CaptureException;

/** Why a session could not start, in words that say what to do about it. */
final class LiveErrors {
    private LiveErrors() {}

    static String describe(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        BindException bind = cause(error, BindException.class);
        if (bind != null) {
            String m = String.valueOf(bind.getMessage()).toLowerCase(java.util.Locale.ROOT);
            String where = where(message);
            if (m.contains("in use")) {
                return where + " is already in use by another program (another collector such as nfcapd, or a "
                        + "second Flowbench). Stop that program or choose another port.";
            }
            if (m.contains("permission") || m.contains("access")) {
                return where + ": ports below 1024 need administrator rights. Choose a port above 1023 and have "
                        + "the exporters send there.";
            }
            if (m.contains("assign")) {
                return where + ": this machine has no such address. Listen on one of its own addresses, or 0.0.0.0.";
            }
        }
        if (error instanceof CaptureException c && c.reason() == CaptureException.Reason.BAD_FILTER) {
            return "The capture filter is not valid: " + message;
        }
        return "Could not start: " + message;
    }

    /** "Port 2055 on 127.0.0.1" from the collector's "cannot listen on 127.0.0.1:2055: ..." message. */
    private static String where(String message) {
        String prefix = "cannot listen on ";
        int at = message.indexOf(prefix);
        if (at < 0) return "The port";
        String address = message.substring(at + prefix.length());
        int end = address.indexOf(": ");
        if (end >= 0) address = address.substring(0, end);
        int colon = address.lastIndexOf(':');
        if (colon < 0) return "The port";
        return "Port " + address.substring(colon + 1) + " on " + address.substring(0, colon).replace("[", "").replace("]", "");
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            if (t.getCause() == t) break;
        }
        return null;
    }
}
