package cn.duban.query;

import java.util.List;

/** The rows of one page, and how many rows the whole list has. */
public record PagedList<T>(List<T> items, long total) {

    public PagedList {
        items = List.copyOf(items);
    }

    /** The page of a list already in memory, in its order. */
    public static <T> PagedList<T> of(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.offset());
        return new PagedList<>(all.subList(from, Math.min(all.size(), from + paging.size())), all.size());
    }
}
