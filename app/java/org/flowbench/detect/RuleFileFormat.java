package org.flowbench.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;

/** The two spellings of a rule file: the same fields and checks, chosen by the file's extension. */
public enum RuleFileFormat {
    JSON("JSON", new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)),
    YAML("YAML", new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build()));

    private final String title;
    private final ObjectMapper mapper;

    RuleFileFormat(String title, ObjectMapper mapper) {
        this.title = title;
        this.mapper = mapper;
    }

    /** YAML for names ending in .yaml or .yml (any case), JSON for everything else. */
    public static RuleFileFormat of(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
    }

    public static RuleFileFormat of(Path file) {
        return of(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** "JSON" or "YAML", for messages. */
    public String title() { return title; }

    ObjectMapper mapper() { return mapper; }
}
