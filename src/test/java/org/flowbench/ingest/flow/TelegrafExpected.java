package org.flowbench.ingest.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Telegraf's expected netflow metrics (InfluxDB line protocol) as field maps: only the
 * {@code netflow} measurement (flow records), not {@code netflow_options}.
 */
final class TelegrafExpected {
    private TelegrafExpected() {}

    static List<Map<String, String>> flows(Path expectedOut) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(expectedOut)) {
            if (!line.startsWith("netflow,")) continue;
            int fieldsStart = line.indexOf(' ');
            out.add(fields(line.substring(fieldsStart + 1)));
        }
        return out;
    }

    /** {@code a=1u,b="x,y",c=2u 1684917213504248417}: quoted strings may hold commas and spaces. */
    private static Map<String, String> fields(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length() && s.charAt(i) != ' ') {
            int eq = s.indexOf('=', i);
            String key = s.substring(i, eq);
            int j = eq + 1;
            String value;
            if (s.charAt(j) == '"') {
                int close = s.indexOf('"', j + 1);
                value = s.substring(j + 1, close);
                j = close + 1;
            } else {
                int end = j;
                while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != ' ') end++;
                value = s.substring(j, end);
                if (value.endsWith("u") || value.endsWith("i")) value = value.substring(0, value.length() - 1);
                j = end;
            }
            m.put(key, value);
            i = j < s.length() && s.charAt(j) == ',' ? j + 1 : j;
        }
        return m;
    }
}
