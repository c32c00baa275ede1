package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.Set;

/** A login account was registered. Its password never enters the event store. */
@Revision("1")
public record UserRegistered(String username, String organization, Set<Role> roles) {

    /** The stream id of an account: its user name, apart from organization codes. */
    public static String accountId(String username) {
        return "user:" + username;
    }
}
