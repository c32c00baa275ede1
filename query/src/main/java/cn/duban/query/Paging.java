package cn.duban.query;

/**
 * One page of a long list: pages count from 0, and a page holds at most {@link #MAX_SIZE} rows, so that no request
 * makes the server read and send a city's tasks at once. Lists keep a stable order, so the pages neither skip nor
 * repeat a row while nothing changes.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
