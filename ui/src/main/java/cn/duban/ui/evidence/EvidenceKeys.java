package cn.duban.ui.evidence;

import java.nio.file.NoSuchFileException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The keys evidence is stored under: random UUIDs the store chooses, never derived from a user's file name. A key of
 * any other shape names no evidence, so it can reach no file outside the folder and no object outside the store's.
 */
final class EvidenceKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private EvidenceKeys() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }

    static boolean isKey(String candidate) {
        return candidate != null && KEY.matcher(candidate).matches();
    }

    /** The key itself, when it has the shape of one; {@link NoSuchFileException} otherwise. */
    static String checked(String candidate) throws NoSuchFileException {
        if (!isKey(candidate)) {
            throw new NoSuchFileException("not an evidence key: " + candidate);
        }
        return candidate;
    }
}
