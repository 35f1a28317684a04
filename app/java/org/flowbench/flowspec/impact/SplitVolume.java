package org.flowbench.flowspec.impact;

/** A volume split into attack and legitimate traffic (legitimate = everything not marked attack). */
public record SplitVolume(Volume attack, Volume legit) {
    public static final SplitVolume ZERO = new SplitVolume(Volume.ZERO, Volume.ZERO);

    public Volume total() {
        return attack.plus(legit);
    }

    public SplitVolume plus(SplitVolume o) {
        return new SplitVolume(attack.plus(o.attack), legit.plus(o.legit));
    }

    public SplitVolume minus(SplitVolume o) {
        return new SplitVolume(attack.minus(o.attack), legit.minus(o.legit));
    }
}
