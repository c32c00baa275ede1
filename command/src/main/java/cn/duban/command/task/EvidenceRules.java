package cn.duban.command.task;

import cn.duban.api.EvidenceFile;
import cn.duban.command.shared.InputCheck;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an attached evidence file must describe: a storage key, a name and a type of sensible length, a size, and a
 * SHA-256 digest in lower-case hex; and which files a report may refer to: only those attached to the same task.
 */
final class EvidenceRules {

    /** SHA-256 and SM3 both answer 32 bytes. */
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME = 255;
    private static final int MAX_KEY = 64;
    private static final int MAX_TYPE = 127;

    private EvidenceRules() {
    }

    /** A new file for a task that already has the files {@code attached}. */
    static void checkNewFile(EvidenceFile file, Set<String> attached, String field, InputCheck check) {
        if (file == null) {
            check.notNull(null, field);
            return;
        }
        check.text(file.storageKey(), field + ".storageKey", MAX_KEY)
                .text(file.name(), field + ".name", MAX_NAME)
                .text(file.type(), field + ".type", MAX_TYPE)
                .require(file.size() > 0, field + ".size", "必须大于 0")
                .require(EvidenceFile.DIGEST_ALGORITHMS.contains(file.digestAlgorithm()),
                        field + ".digestAlgorithm", "须为 SHA-256 或 SM3")
                .require(file.digest() != null && DIGEST.matcher(file.digest()).matches(), field + ".digest",
                        "须为 32 字节摘要的小写十六进制")
                .require(!attached.contains(file.storageKey()), field + ".storageKey",
                        "已附在本任务上");
    }

    /** A report names evidence by storage key; each must be a file attached to this task. */
    static void checkReferences(List<String> references, Set<String> attached, String field, InputCheck check) {
        if (references == null) {
            return;
        }
        for (int i = 0; i < references.size(); i++) {
            check.require(attached.contains(references.get(i)), field + "[" + i + "]",
                    "不是本任务的佐证材料");
        }
    }
}
