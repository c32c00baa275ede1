package cn.duban.ui.bench;

/** One complete supervision lifecycle, its actions timed by the recorder; {@code client} picks its unit. */
interface Lifecycle {

    void run(int client, Recorder recorder) throws Exception;

    interface Recorder {
        /** Times one action; answers its result, or throws when it failed (the lifecycle then stops). */
        <T> T time(String action, Action<T> work) throws Exception;
    }

    interface Action<T> {
        T call() throws Exception;
    }
}
