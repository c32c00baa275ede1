package cn.duban.ui.notification;

/**
 * Where SMS goes: a provider's API (the 政务短信平台, or a commercial one). Declare a bean of this type to replace the
 * logging one; it sends or throws, and the dispatcher retries what throws.
 */
public interface SmsGateway {

    void send(String mobile, String text) throws Exception;
}
