package cn.duban.ui.notification;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class DingTalkSigningTest {

    /**
     * 钉钉's recipe (HmacSHA256 of "timestamp\nsecret" keyed with the secret, Base64, then URL-encoded), worked out
     * apart from this code (with Python's hmac, base64 and urllib.parse.quote) for this secret and time.
     */
    @Test
    void a_signed_webhook_carries_the_timestamp_and_the_url_encoded_signature() throws Exception {
        URI signed = DingTalkRobot.signed(URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc"),
                "SEC0123456789", 1_700_000_000_000L);
        assertThat(signed).hasToString("https://oapi.dingtalk.com/robot/send?access_token=abc"
                + "&timestamp=1700000000000&sign=VloEIlTtJU6a%2FAGf2pud1WypXdicIlyQAOpspu6OP6s%3D");
    }

    @Test
    void without_a_secret_the_webhook_is_left_as_it_is() throws Exception {
        URI url = URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc");
        assertThat(DingTalkRobot.signed(url, null, 1L)).isEqualTo(url);
        assertThat(DingTalkRobot.signed(url, " ", 1L)).isEqualTo(url);
    }
}
