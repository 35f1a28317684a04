package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.ExportBytes.u16;
import static org.flowbench.ingest.flow.ExportBytes.u32;

/**
 * Reads template field specifiers into a {@link Template}: NetFlow v9 (type, length) pairs and
 * IPFIX ones with the enterprise bit and number (RFC 7011 section 3.2). Returns null when the
 * fields run past the set, leaving {@link #end} at the failing offset.
 */
final class TemplateReader {
    int end;

    /**
     * @param skipFirst fields at the start that are not information elements (v9 options scope fields)
     */
    Template read(int id, boolean options, byte[] d, int at, int limit, int fieldCount, int skipFirst, boolean ipfix) {
        int[] targets = new int[fieldCount];
        int[] lengths = new int[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            if (limit - at < 4) {
                end = at;
                return null;
            }
            int type = u16(d, at);
            int length = u16(d, at + 2);
            at += 4;
            long enterprise = 0;
            if (ipfix && (type & 0x8000) != 0) {
                if (limit - at < 4) {
                    end = at;
                    return null;
                }
                enterprise = u32(d, at);
                type &= 0x7FFF;
                at += 4;
            }
            targets[i] = i < skipFirst ? FlowFields.SKIP : FlowFields.target(enterprise, type);
            lengths[i] = length;
        }
        end = at;
        return new Template(id, options, targets, lengths);
    }
}
