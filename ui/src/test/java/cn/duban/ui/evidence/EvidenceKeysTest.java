package cn.duban.ui.evidence;

import org.junit.jupiter.api.Test;

import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys are random lower-case UUIDs; nothing else names evidence, whatever a store would make of it. */
class EvidenceKeysTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_new_key_is_a_random_uuid() {
        assertThat(EvidenceKeys.next()).matches(UUID).isNotEqualTo(EvidenceKeys.next());
    }

    @Test
    void a_path_a_short_uuid_or_an_upper_case_one_is_no_key() {
        for (String notAKey : new String[] {"../secret.txt", "1-1-1-1-1", "A0000000-0000-0000-0000-000000000000",
                "00000000-0000-0000-0000-000000000000/../x", "", null}) {
            assertThat(EvidenceKeys.isKey(notAKey)).as(notAKey).isFalse();
            assertThatThrownBy(() -> EvidenceKeys.checked(notAKey)).isInstanceOf(NoSuchFileException.class);
        }
    }
}
