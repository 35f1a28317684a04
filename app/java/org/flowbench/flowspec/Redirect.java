package org.flowbench.flowspec;

/** rt-redirect (RFC 8955 section 7.4): send matching traffic to the VRF importing this route target. */
public record Redirect(RouteTarget target) implements Action {
    public Redirect {
        if (target == null) throw new IllegalArgumentException("route target is required");
    }

    public static Redirect to(String routeTarget) { return new Redirect(RouteTarget.parse(routeTarget)); }

    @Override
    public long extendedCommunity() {
        long sub = switch (target.format()) {
            case AS2 -> 0x8008L;
            case IPV4 -> 0x8108L;
            case AS4 -> 0x8208L;
        };
        long body = target.format() == RouteTarget.Format.AS2
                ? ((target.administrator() & 0xFFFFL) << 32) | (target.assigned() & 0xFFFF_FFFFL)
                : ((target.administrator() & 0xFFFF_FFFFL) << 16) | (target.assigned() & 0xFFFFL);
        return (sub << 48) | body;
    }

    @Override
    public String toString() { return "redirect " + target; }
}
