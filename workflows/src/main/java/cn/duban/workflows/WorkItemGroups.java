package cn.duban.workflows;

import cn.duban.api.Actor;
import cn.duban.api.Role;

import java.util.ArrayList;
import java.util.List;

/** Who may take a work item: the candidate group of a unit's organization, or the office's. */
public final class WorkItemGroups {

    public static final String OFFICE = "office";

    private WorkItemGroups() {
    }

    public static String unit(String organization) {
        return "unit:" + organization;
    }

    /** The groups whose work items this actor may see and complete. */
    public static List<String> of(Actor actor) {
        List<String> groups = new ArrayList<>();
        if (actor.has(Role.OFFICE)) {
            groups.add(OFFICE);
        }
        if (actor.has(Role.UNIT) && actor.organization() != null) {
            groups.add(unit(actor.organization()));
        }
        return groups;
    }
}
