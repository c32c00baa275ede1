package cn.duban.command.organization;

/**
 * The command side's answer to "is this a registered organization?", for aggregates that name one (an account's
 * unit). It asks the event store, the truth, never a read model that may lag behind.
 */
public interface OrganizationDirectory {

    boolean registered(String code);
}
