package cn.duban.audit;

/**
 * One finding of the verifier.
 *
 * @param kind      what is wrong
 * @param position  the global position of the event concerned, where there is one
 * @param aggregate its aggregate (stream), where known
 * @param sequence  its sequence number in that stream, where known
 * @param message   what was found, in Chinese with English in parentheses
 */
public record Fault(Kind kind, Long position, String aggregate, Long sequence, String message) {

    public enum Kind {
        /** an event's stored bytes no longer match its chain record */
        CHANGED,
        /** a chain record names an event the store no longer holds */
        MISSING,
        /** the store holds an event the chain never recorded */
        UNCHAINED,
        /** an event stands at another position than the chain recorded */
        REORDERED,
        /** chain records are missing or do not link to each other */
        CHAIN_BROKEN,
        /** the chain at a signed position is not what was signed */
        CHECKPOINT_MISMATCH,
        /** a checkpoint's signature does not verify with the public key */
        BAD_SIGNATURE
    }
}
