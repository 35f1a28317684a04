package org.flowbench.ingest.flow;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary datagrams into the NetflowV5 decoder (see {@link FuzzDatagrams}): nothing escapes and the
 * template cache stays bounded. A normal build runs the seeds in
 * NetflowV5DecoderFuzzTestInputs/decodesArbitraryDatagrams; {@code JAZZER_FUZZ=1} fuzzes.
 */
class NetflowV5DecoderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void decodesArbitraryDatagrams(byte[] input) {
        FuzzDatagrams.run(input, NetflowV5Decoder::new);
    }
}
