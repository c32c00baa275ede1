package cn.duban.query;

import java.util.List;

/**
 * A read model that can be dropped and replayed: its processing group (one pooled streaming processor with its own
 * token) and the tables it owns. Auditors' rebuild and the reconciliation check find every projection through this.
 */
public interface Projection {

    String processingGroup();

    /** The tables this projection alone writes, each compared row by row before and after a rebuild. */
    List<String> tables();
}
