package cn.duban.ui.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resource table of docs/API.md (on the test class path as {@code contract/API.md}, see the ui pom) and of
 * Duban's extensions to it ({@code contract/extensions.md}), read as endpoints and who may call them. A "who" this class does not understand fails the test that reads it, so a change to
 * the contract cannot slip past the authorization matrix.
 */
public final class ApiContract {

    /** The callers the matrix tries: every role, and a unit for its own organization's task and for another's. */
    public enum Caller {
        ANONYMOUS(null, null), ADMIN("admin", null), OFFICE("office", null), AUDITOR("auditor", null),
        OWN_UNIT("jieshou", "jieshou"), OTHER_UNIT("linze", "linze");

        public final String user;
        public final String organization;

        Caller(String user, String organization) {
            this.user = user;
            this.organization = organization;
        }

        public boolean isUnit() {
            return organization != null;
        }
    }

    /**
     * Who may call an endpoint: the callers allowed, whether a unit's answer is cut to its own organization, and the
     * status a refused logged-in caller gets (404 for work items: another group's item is not the caller's to know of).
     */
    public record Access(Set<Caller> allowed, boolean unitsSeeOwnOnly, int refusal) {
    }

    public record Endpoint(String method, String path, String query, Access access) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+) \\| ([^|]+) \\|");
    private static final Pattern CALL = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) ([^`?]+)(\\?[^`]*)?`");

    private ApiContract() {
    }

    public static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String line : (read("API.md") + read("extensions.md")).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            Access access = access(row.group(2).trim());
            Matcher call = CALL.matcher(row.group(1));
            while (call.find()) {
                endpoints.add(new Endpoint(call.group(1), call.group(2), call.group(3), access));
            }
        }
        return endpoints;
    }

    static Access access(String who) {
        Set<Caller> allowed = EnumSet.noneOf(Caller.class);
        boolean ownOnly = false;
        int refusal = 403;
        if (who.equals("anyone logged in")) {
            return new Access(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)), false, refusal);
        }
        for (String part : who.split("[,;]")) {
            switch (part.trim()) {
                case "ADMIN" -> allowed.add(Caller.ADMIN);
                case "OFFICE" -> allowed.add(Caller.OFFICE);
                case "AUDITOR" -> allowed.add(Caller.AUDITOR);
                case "its UNIT" -> allowed.add(Caller.OWN_UNIT);
                case "all" -> allowed.addAll(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)));
                case "a UNIT sees only its own", "a UNIT gets its own row" -> {
                    allowed.addAll(EnumSet.of(Caller.OWN_UNIT, Caller.OTHER_UNIT));
                    ownOnly = true;
                }
                case "the item's assignee" -> {
                    allowed.add(Caller.OWN_UNIT);
                    refusal = 404;
                }
                default -> throw new IllegalStateException(
                        "docs/API.md: who is '" + part.trim() + "' in '" + who + "'?");
            }
        }
        return new Access(allowed, ownOnly, refusal);
    }

    private static String read(String file) {
        try (InputStream in = ApiContract.class.getResourceAsStream("/contract/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
