package cn.duban.query.ledger;

import java.util.List;

/**
 * One projection compared with the store: up to which position it was checked, and the positions of events it
 * handles that the store holds there but its ledger does not (the first few, and how many in all).
 */
public record ReconciliationReport(String processingGroup, long checkedUpTo, long missing, List<Long> firstMissing) {

    public boolean complete() {
        return missing == 0;
    }
}
