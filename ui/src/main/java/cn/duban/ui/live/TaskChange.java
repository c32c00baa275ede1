package cn.duban.ui.live;

/** A task event the read model {@code projection} has just committed: refresh what shows this task. */
record TaskChange(String organization, String taskId, String type, long position, String projection) {
}
