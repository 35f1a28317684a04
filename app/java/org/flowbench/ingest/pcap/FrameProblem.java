package org.flowbench.ingest.pcap;

import java.util.Locale;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/**
 * Why the current frame was not stored, kept as constants and numbers so that recording it
 * allocates nothing; the text is formatted only when somebody asks for it.
 */
final class FrameProblem {
    private int frameStart;
    private boolean snaplenCut;

    private boolean present;
    private int offset;
    private String what;
    private String expectedFormat;
    private long expectedValue;
    private String foundFormat;
    private long foundValue;
    private RuntimeException bug;

    void reset(int frameStart, boolean snaplenCut) {
        this.frameStart = frameStart;
        this.snaplenCut = snaplenCut;
        this.present = false;
        this.bug = null;
    }

    /**
     * Records a problem at absolute index {@code at}; the formats take the value with
     * {@code %d}/{@code %x} (or ignore it).
     */
    Outcome set(Outcome outcome, int at, String what, String expectedFormat, long expectedValue,
                String foundFormat, long foundValue) {
        this.present = true;
        this.offset = at - frameStart;
        this.what = what;
        this.expectedFormat = expectedFormat;
        this.expectedValue = expectedValue;
        this.foundFormat = foundFormat;
        this.foundValue = foundValue;
        return outcome;
    }

    /**
     * The captured bytes ended before a header did: TRUNCATED when the snaplen cut the frame,
     * MALFORMED when the frame on the wire really was that short.
     */
    Outcome shortOf(int at, String what, int needed, int available) {
        Outcome outcome = snaplenCut ? Outcome.TRUNCATED : Outcome.MALFORMED;
        return set(outcome, at, what, "%d bytes", needed,
                snaplenCut ? "%d bytes before the snaplen cut" : "%d bytes before the frame ends",
                Math.max(0, available));
    }

    Outcome malformed(int at, String what, String expectedFormat, long expectedValue, String foundFormat,
                      long foundValue) {
        return set(Outcome.MALFORMED, at, what, expectedFormat, expectedValue, foundFormat, foundValue);
    }

    Outcome internalError(RuntimeException e, int frameStartIndex) {
        bug = e;
        return set(Outcome.MALFORMED, frameStartIndex, "frame", "input the decoder handles", 0,
                "an internal decoder error", 0);
    }

    boolean present() { return present; }

    int offsetInFrame() { return offset; }

    String text() {
        if (!present) return null;
        return what + " at frame offset " + offset + ": expected " + expected() + ", found " + found();
    }

    Damage damage(long frameFileOffset) {
        if (!present) return null;
        return new Damage(frameFileOffset < 0 ? -1 : frameFileOffset + offset, what, expected(), found());
    }

    private String expected() {
        return String.format(Locale.ROOT, expectedFormat, expectedValue);
    }

    private String found() {
        String found = String.format(Locale.ROOT, foundFormat, foundValue);
        return bug == null ? found : found + " (" + bug + ")";
    }
}
