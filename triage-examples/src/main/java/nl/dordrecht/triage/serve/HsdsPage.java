package nl.dordrecht.triage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of an HSDS list (the spec's {@code Page}: total_items, total_pages, page_number, size, first_page,
 * last_page, empty, contents), or with {@code format=ndjson} every item, one a line, without paging.
 */
final class HsdsPage {
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    private HsdsPage() {
    }

    static void send(Context ctx, List<? extends JsonNode> items) {
        String format = ctx.queryParam("format");
        if ("ndjson".equals(format)) {
            StringBuilder out = new StringBuilder();
            items.forEach(item -> out.append(item).append('\n'));
            ctx.contentType(AdviceEndpoint.NDJSON).result(out.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (format != null && !format.equals("json")) {
            throw new HttpProblem(400, "format must be json or ndjson");
        }
        int perPage = number(ctx, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE);
        int page = number(ctx, "page", 1, Integer.MAX_VALUE);
        int totalPages = (items.size() + perPage - 1) / perPage;
        long from = Math.min((long) (page - 1) * perPage, items.size());
        List<? extends JsonNode> contents = items.subList((int) from, (int) Math.min(from + perPage, items.size()));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("total_items", items.size()).put("total_pages", totalPages).put("page_number", page)
                .put("size", contents.size()).put("first_page", page == 1).put("last_page", page >= totalPages)
                .put("empty", contents.isEmpty());
        ArrayNode array = out.putArray("contents");
        contents.forEach(array::add);
        Json.send(ctx, out);
    }

    private static int number(Context ctx, String name, int absent, int max) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new HttpProblem(400, name + " must be a whole number from 1 to " + max);
    }
}
