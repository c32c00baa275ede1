package cn.duban.ui.evidence;

/** An upload whose type is not on the allow-list, or whose bytes are not what its name says. HTTP 415. */
public class UnsupportedEvidenceException extends RuntimeException {

    public UnsupportedEvidenceException(String message) {
        super(message);
    }
}
