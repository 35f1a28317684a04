package org.flowbench.flowspec.dialect;

import java.util.Optional;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.Redirect;
import org.flowbench.flowspec.RouteTarget;
import org.flowbench.flowspec.TrafficAction;
import org.flowbench.flowspec.TrafficMarking;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.flowspec.TrafficRatePackets;

/** Decodes Flowspec action extended communities (RFC 8955 section 7); empty for other communities. */
final class Communities {
    private Communities() {}

    static Optional<Action> decode(long ec) {
        int type = (int) (ec >>> 48) & 0xFFFF;
        int as2 = (int) (ec >>> 32) & 0xFFFF;
        int low32 = (int) ec;
        return Optional.ofNullable(switch (type) {
            case TrafficRateBytes.TYPE -> new TrafficRateBytes(as2, Float.intBitsToFloat(low32));
            case TrafficRatePackets.TYPE -> new TrafficRatePackets(as2, Float.intBitsToFloat(low32));
            case TrafficAction.TYPE -> new TrafficAction((ec & 0x02) != 0, (ec & 0x01) != 0);
            case TrafficMarking.TYPE -> new TrafficMarking((int) ec & 0x3F);
            case 0x8008 -> new Redirect(new RouteTarget(RouteTarget.Format.AS2, as2, low32 & 0xFFFF_FFFFL));
            case 0x8108 -> new Redirect(new RouteTarget(RouteTarget.Format.IPV4, (ec >>> 16) & 0xFFFF_FFFFL, ec & 0xFFFF));
            case 0x8208 -> new Redirect(new RouteTarget(RouteTarget.Format.AS4, (ec >>> 16) & 0xFFFF_FFFFL, ec & 0xFFFF));
            default -> null;
        });
    }
}
