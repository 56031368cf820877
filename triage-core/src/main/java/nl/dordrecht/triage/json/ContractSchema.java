package nl.dordrecht.triage.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The contract's JSON Schemas (draft 2020-12), shipped inside this jar. They are the one copy that the command line,
 * the tests and the HTTP service's OpenAPI document read; {@code shared/contract} is the reference a test holds them to.
 */
public enum ContractSchema {
    /** One help question (input). */
    QUESTION("question.schema.json"),
    /** The advice (output). */
    ADVICE("advice.schema.json"),
    /** What an invalid question gets instead, field by field. */
    ERROR("error.schema.json");

    private static final String FOLDER = "nl/dordrecht/triage/contract/";
    private final String fileName;

    ContractSchema(String fileName) {
        this.fileName = fileName;
    }

    /** The schema's file name in the contract, e.g. {@code advice.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The schema's class-path resource name, e.g. {@code nl/dordrecht/triage/contract/advice.schema.json}. */
    public String resourceName() {
        return FOLDER + fileName;
    }

    /** Where the schema lies on the class path, for validators that resolve references from a location. */
    public URL resource() {
        return ContractSchema.class.getClassLoader().getResource(resourceName());
    }

    /** The schema as JSON text. */
    public String text() {
        try (InputStream in = ContractSchema.class.getClassLoader().getResourceAsStream(resourceName())) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is missing from the triage-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
