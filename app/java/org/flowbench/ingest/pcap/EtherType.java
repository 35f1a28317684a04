package org.flowbench.ingest.pcap;

/** EtherType values the link decoder follows (IEEE registry). */
final class EtherType {
    private EtherType() {}

    static final int IPV4 = 0x0800;
    static final int IPV6 = 0x86DD;
    static final int VLAN = 0x8100;       // 802.1Q C-tag
    static final int QINQ = 0x88A8;       // 802.1ad S-tag
    static final int QINQ_OLD = 0x9100;   // pre-802.1ad vendor S-tag
    static final int MPLS_UNICAST = 0x8847;
    static final int MPLS_MULTICAST = 0x8848;
    static final int PPPOE_SESSION = 0x8864;
    static final int ARISTA = 0xD28B;     // Arista vendor-specific (tap aggregation timestamps)
    /** Values below this are 802.3 length fields, not EtherTypes (IEEE 802.3 clause 3.2.6). */
    static final int MIN_ETHERTYPE = 0x0600;
}
