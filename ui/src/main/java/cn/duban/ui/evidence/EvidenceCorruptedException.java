package cn.duban.ui.evidence;

/** The stored bytes are missing or no longer match the digest their event recorded: never served. HTTP 500. */
public class EvidenceCorruptedException extends RuntimeException {

    public EvidenceCorruptedException(String message) {
        super(message);
    }

    public EvidenceCorruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
