package org.flowbench.ingest.decode;

/**
 * One damaged place in an input: where it is, what the decoder expected and what it found.
 *
 * @param offset   byte offset in the file (or in the datagram for flow exports), -1 if unknown
 * @param what     the structure being read ("pcapng block", "IPv4 header", ...)
 * @param expected what a valid input has there
 * @param found    what was there instead
 */
public record Damage(long offset, String what, String expected, String found) {
    @Override
    public String toString() {
        return what + " at offset " + offset + ": expected " + expected + ", found " + found;
    }
}
