package org.flowbench.ingest.decode;

/**
 * A fatal decoding problem: the input cannot be read at all (bad magic, unsupported version).
 * Recoverable damage goes to a {@link DamageLog} instead.
 */
public class DecodeException extends java.io.IOException {
    private final transient Damage damage;

    public DecodeException(Damage damage) {
        super(damage.toString());
        this.damage = damage;
    }

    public Damage damage() { return damage; }
}
