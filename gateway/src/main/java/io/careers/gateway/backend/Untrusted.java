package io.careers.gateway.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads backend JSON as untrusted input: every field is checked for type and size, and anything
 * off-contract fails the whole answer with {@link MalformedResponseException}. Nothing from a
 * backend reaches a page without passing through here.
 */
public final class Untrusted {
    private static final int MAX_LIST = 500;

    private Untrusted() {
    }

    public static JsonNode object(@Nullable JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException(field + ": expected an object");
        }
        return node;
    }

    public static String text(JsonNode parent, String field, int max) {
        String value = optionalText(parent, field, max);
        if (value == null) {
            throw new MalformedResponseException(field + ": expected a string");
        }
        return value;
    }

    @Nullable
    public static String optionalText(JsonNode parent, String field, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().length() > max) {
            throw new MalformedResponseException(field + ": expected a string of at most " + max + " characters");
        }
        return node.textValue();
    }

    public static String slug(JsonNode parent, String field) {
        return identifier(text(parent, field, 200), field, IdentifierFormat.SLUG);
    }

    /** @return the field's text, when it is an identifier of the format */
    public static String identifier(JsonNode parent, String field, IdentifierFormat format) {
        return identifier(text(parent, field, 100), field, format);
    }

    /** @return the text of a list item, when it is an identifier of the format */
    public static String identifierItem(JsonNode item, String field, IdentifierFormat format) {
        if (!item.isTextual()) {
            throw new MalformedResponseException(field + ": expected a string");
        }
        return identifier(item.textValue(), field, format);
    }

    private static String identifier(String value, String field, IdentifierFormat format) {
        String problem = format.problem(value);
        if (problem != null) {
            throw new MalformedResponseException(field + ": " + problem);
        }
        return value;
    }

    public static <E extends Enum<E>> String enumName(JsonNode parent, String field, Class<E> type) {
        String value = text(parent, field, 100);
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(field + ": '" + value + "' is not a " + type.getSimpleName());
        }
    }

    public static long count(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.canConvertToExactIntegral() || node.asLong() < 0) {
            throw new MalformedResponseException(field + ": expected a whole number >= 0");
        }
        return node.asLong();
    }

    @Nullable
    public static Long optionalCount(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : count(parent, field);
    }

    @Nullable
    public static BigDecimal optionalNumber(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new MalformedResponseException(field + ": expected a number");
        }
        return node.decimalValue();
    }

    public static boolean bool(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isBoolean()) {
            throw new MalformedResponseException(field + ": expected true or false");
        }
        return node.booleanValue();
    }

    @Nullable
    public static Instant optionalInstant(JsonNode parent, String field) {
        String text = optionalText(parent, field, 40);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException(field + ": not an ISO-8601 instant");
        }
    }

    /** @return an absolute http(s) URL, or null when the value is anything else */
    @Nullable
    public static String webUrl(JsonNode parent, String field) {
        String text = optionalText(parent, field, 2000);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> item) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray() || node.size() > MAX_LIST) {
            throw new MalformedResponseException(field + ": expected an array of at most " + MAX_LIST + " items");
        }
        List<T> items = new ArrayList<>(node.size());
        node.forEach(element -> items.add(item.apply(element)));
        return items;
    }

    public static List<String> texts(JsonNode parent, String field, int max) {
        return list(parent, field, n -> {
            if (!n.isTextual() || n.textValue().length() > max) {
                throw new MalformedResponseException(field + ": expected strings");
            }
            return n.textValue();
        });
    }
}
