package org.flowbench.flowspec.impact;

import java.util.List;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.IpPrefix;

/** Remote triggered blackholing (RFC 7999): the victim's route tagged BLACKHOLE, 65535:666. */
public final class Rtbh {
    /** The BLACKHOLE well-known community, RFC 7999 section 5. */
    public static final String COMMUNITY = "65535:666";

    private Rtbh() {}

    /** Routers drop every packet to the blackholed prefix, whatever else it carries. */
    public static SimulatedRule rule(IpPrefix victim) {
        return new SimulatedRule("blackhole " + victim + " (" + COMMUNITY + ")", PrefixSql.within("dst_addr", victim),
                RuleEffect.DISCARD, false, false, hostBox(victim));
    }

    /** A host route is one box: that destination, nothing else. */
    private static List<RuleBox> hostBox(IpPrefix victim) {
        if (victim.length() != victim.family().bits()) return null;
        return List.of(new RuleBox(victim.family() == AddressFamily.IPV4 ? 4 : 6, victim.flowsLow(), null, null, null,
                null, null, null, null, null, null, null, null));
    }
}
