package org.flowbench.ingest.flow;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary datagrams into the Ipfix decoder (see {@link FuzzDatagrams}): nothing escapes and the
 * template cache stays bounded. A normal build runs the seeds in
 * IpfixDecoderFuzzTestInputs/decodesArbitraryDatagrams; {@code JAZZER_FUZZ=1} fuzzes.
 */
class IpfixDecoderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void decodesArbitraryDatagrams(byte[] input) {
        FuzzDatagrams.run(input, IpfixDecoder::new);
    }
}
