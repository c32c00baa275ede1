package cn.duban.api;

import org.axonframework.serialization.Revision;

/** An account was enabled again. */
@Revision("1")
public record UserEnabled(String username) {
}
