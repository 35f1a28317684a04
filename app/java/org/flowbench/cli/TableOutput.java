package org.flowbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints rows as an aligned table, CSV (RFC 4180) or JSON, the one formatter all commands share. */
final class TableOutput {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("flowbench-cli").addSerializer(Instant.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final OutputFormat format;

    TableOutput(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    void rows(List<String> columns, List<List<Object>> rows) {
        switch (format) {
            case TABLE -> table(columns, rows);
            case CSV -> csv(columns, rows);
            case JSON -> json(asObjects(columns, rows));
        }
        out.flush();
    }

    /** For JSON only: a whole structure (records, maps, lists). */
    void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output could not be rendered as JSON", e);
        }
        out.flush();
    }

    static List<Map<String, Object>> asObjects(List<String> columns, List<List<Object>> rows) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) o.put(columns.get(i), row.get(i));
            objects.add(o);
        }
        return objects;
    }

    private void table(List<String> columns, List<List<Object>> rows) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) width[i] = columns.get(i).length();
        List<List<String>> text = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width.length; i++) {
                String s = cell(row.get(i));
                cells.add(s);
                width[i] = Math.max(width[i], s.length());
            }
            text.add(cells);
        }
        line(columns, width, rows);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        out.println(rule);
        for (List<String> cells : text) line(cells, width, rows);
    }

    private void line(List<String> cells, int[] width, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            boolean numeric = !rows.isEmpty() && isNumericColumn(rows, i);
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(numeric ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
        }
        out.println(sb.toString().stripTrailing());
    }

    private static boolean isNumericColumn(List<List<Object>> rows, int i) {
        for (List<Object> r : rows) if (r.get(i) != null && !(r.get(i) instanceof Number)) return false;
        return true;
    }

    private void csv(List<String> columns, List<List<Object>> rows) {
        List<String> header = new ArrayList<>();
        for (String c : columns) header.add(csvCell(c));
        out.print(String.join(",", header) + "\r\n");
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) cells.add(v == null ? "" : csvCell(cell(v)));
            out.print(String.join(",", cells) + "\r\n");
        }
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String cell(Object v) {
        return v == null ? "" : v.toString();
    }
}
