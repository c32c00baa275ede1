package cn.duban.ui.web;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import cn.duban.query.PagedList;
import cn.duban.query.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paging over HTTP, for every list: {@code ?page=&size=} asks for one page (pages count from 0, size 1 to
 * {@link Paging#MAX_SIZE}, {@link #DEFAULT_SIZE} when only the page is given). The body stays the list of
 * docs/API.md, the page's rows; {@code X-Total-Count} says how many rows the whole list has, and {@code Link}
 * (RFC 8288) names the first, previous, next and last pages. Without either parameter the whole list is answered, as
 * docs/API.md has it.
 */
public final class Pages {

    public static final int DEFAULT_SIZE = 50;
    public static final String TOTAL_COUNT = "X-Total-Count";

    private Pages() {
    }

    /** The page asked for, or empty for the whole list; a bad page or size is a 400 naming it, and nothing more. */
    public static Optional<Paging> asked(Integer page, Integer size) {
        if (page == null && size == null) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        if (page != null && page < 0) {
            errors.add(new FieldError("page", "须为 0 或更大 (must be 0 or more)"));
        }
        if (size != null && (size < 1 || size > Paging.MAX_SIZE)) {
            errors.add(new FieldError("size", "须在 1 到 " + Paging.MAX_SIZE + " 之间 (must be between 1 and "
                    + Paging.MAX_SIZE + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return Optional.of(new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size));
    }

    /**
     * The whole list, or the page of it that {@code page} and {@code size} ask for: for lists the server holds whole
     * anyway (organizations, accounts, task lists, plans: hundreds to a few thousand rows), cut after the query.
     */
    public static <T> ResponseEntity<List<T>> of(List<T> rows, Integer page, Integer size) {
        return asked(page, size).map(paging -> answer(PagedList.of(rows, paging), paging))
                .orElseGet(() -> ResponseEntity.ok(rows));
    }

    /** The page's rows with the total count and the links to the other pages of the same question. */
    public static <T> ResponseEntity<List<T>> answer(PagedList<T> rows, Paging paging) {
        long last = rows.total() == 0 ? 0 : (rows.total() - 1) / paging.size();
        List<String> links = new ArrayList<>();
        links.add(link(0, paging, "first"));
        if (paging.page() > 0) {
            links.add(link(Math.min(paging.page() - 1, last), paging, "prev"));
        }
        if (paging.page() < last) {
            links.add(link(paging.page() + 1, paging, "next"));
        }
        links.add(link(last, paging, "last"));
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(rows.total()))
                .header("Link", String.join(", ", links)).body(rows.items());
    }

    private static String link(long page, Paging paging, String relation) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", paging.size()).build().toUriString();
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
