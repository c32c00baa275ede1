package cn.duban.audit;

import java.util.List;

/**
 * What a verification found, with its figures.
 *
 * @param scope                     {@code store} or {@code task}
 * @param taskId                    the stream verified, with scope {@code task}
 * @param intact                    no fault found
 * @param eventsChecked             events whose bytes were hashed and linked
 * @param streamsChecked            aggregate streams followed
 * @param checkpointsChecked        signed checkpoints compared with the chain
 * @param millis                    how long it took
 * @param eventsPerSecond           events checked per second
 * @param lastCheckpoint            the newest checkpoint whose signature verified, if any
 * @param eventsAfterLastCheckpoint events that no checkpoint covers yet: the chain protects them against changes,
 *                                  but only the next checkpoint fixes them against a chain rewritten from there on
 * @param faultCount                how many faults in all
 * @param faults                    the first {@value Verifier#MAX_FAULTS} faults: the chain's in chain order (the first
 *                                  is the first record at fault), then events the chain never recorded, then
 *                                  checkpoints that do not verify
 */
public record Verification(String scope, String taskId, boolean intact, long eventsChecked, long streamsChecked,
                           int checkpointsChecked, long millis, long eventsPerSecond, CheckpointRef lastCheckpoint,
                           long eventsAfterLastCheckpoint, long faultCount, List<Fault> faults) {

    public record CheckpointRef(long id, long position, String signedAt) {
    }

    /** The figures in one line, as the verifier command prints them. */
    public String figures() {
        return ("%s: %d events, %d streams, %d checkpoints checked in %d ms (%d events/s); %d events after the last "
                + "checkpoint; %d faults").formatted(intact ? "INTACT" : "TAMPERED", eventsChecked, streamsChecked,
                checkpointsChecked, millis, eventsPerSecond, eventsAfterLastCheckpoint, faultCount);
    }
}
