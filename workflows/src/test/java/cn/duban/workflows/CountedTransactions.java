package cn.duban.workflows;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** Runs each callback as it comes, without a transaction, and counts them: how many units of work were asked for. */
class CountedTransactions implements TransactionOperations {

    private int count;

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        count++;
        return TransactionOperations.withoutTransaction().execute(action);
    }

    int count() {
        return count;
    }
}
