package cn.duban.command.workplan;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.AmendWorkPlan;
import cn.duban.api.DraftWorkPlan;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.PlanItem;
import cn.duban.api.PublishWorkPlan;
import cn.duban.api.ReviseWorkPlan;
import cn.duban.api.WorkPlanAmended;
import cn.duban.api.WorkPlanDrafted;
import cn.duban.api.WorkPlanPublished;
import cn.duban.api.WorkPlanRevised;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.duban.command.support.Actors.ADMIN;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.workplan.Plans.count;
import static cn.duban.command.workplan.Plans.item;
import static cn.duban.command.workplan.Plans.items;

class WorkPlanTest {

    private static final String PLAN = "plan-2018";
    private static final String TITLE = "2018年全市工会工作要点";

    private AggregateTestFixture<WorkPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkPlan.class);
    }

    private static DraftWorkPlan draft(int year) {
        return new DraftWorkPlan(PLAN, year, TITLE, "市总工会", "一二三四十", items());
    }

    private static WorkPlanDrafted drafted() {
        return new WorkPlanDrafted(PLAN, 2018, TITLE, "市总工会", "一二三四十", items());
    }

    /** The plan's items with a third one added, as an amendment or revision may. */
    private static List<PlanItem> itemsAndOneMore() {
        return List.of(items().get(0), items().get(1), item("3", count("houses", "5")));
    }

    @Test
    void the_office_drafts_a_work_plan() {
        fixture.givenNoPriorActivity()
                .when(draft(2018), as(OFFICE))
                .expectEvents(drafted());
    }

    @Test
    void only_the_office_drafts_a_work_plan() {
        fixture.givenNoPriorActivity()
                .when(draft(2018), as(ADMIN))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {1999, 2101})
    void a_plan_year_outside_2000_to_2100_is_refused(int year) {
        fixture.givenNoPriorActivity()
                .when(draft(year), as(OFFICE))
                .expectException(invalid("year"));
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {2000, 2100})
    void the_years_2000_and_2100_are_accepted(int year) {
        fixture.givenNoPriorActivity()
                .when(draft(year), as(OFFICE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_plan_needs_an_id() {
        fixture.givenNoPriorActivity()
                .when(new DraftWorkPlan(" ", 2018, TITLE, null, null, items()), as(OFFICE))
                .expectException(invalid("workPlanId"));
    }

    @Test
    void a_plan_needs_a_title() {
        fixture.givenNoPriorActivity()
                .when(new DraftWorkPlan(PLAN, 2018, "", null, null, items()), as(OFFICE))
                .expectException(invalid("title"));
    }

    @Test
    void issuer_and_framework_are_optional() {
        fixture.givenNoPriorActivity()
                .when(new DraftWorkPlan(PLAN, 2018, TITLE, null, null, items()), as(OFFICE))
                .expectEvents(new WorkPlanDrafted(PLAN, 2018, TITLE, null, null, items()));
    }

    @Test
    void an_issuer_longer_than_200_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftWorkPlan(PLAN, 2018, TITLE, "会".repeat(201), null, items()), as(OFFICE))
                .expectException(invalid("issuer"));
    }

    @Test
    void a_framework_longer_than_500_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftWorkPlan(PLAN, 2018, TITLE, null, "十".repeat(501), items()), as(OFFICE))
                .expectException(invalid("framework"));
    }

    @Test
    void a_plan_without_items_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftWorkPlan(PLAN, 2018, TITLE, null, null, List.of()), as(OFFICE))
                .expectException(invalid("items"));
    }

    @Test
    void a_draft_is_revised() {
        fixture.given(drafted())
                .when(new ReviseWorkPlan(PLAN, "修订稿", null, null, itemsAndOneMore()), as(OFFICE))
                .expectEvents(new WorkPlanRevised(PLAN, "修订稿", null, null, itemsAndOneMore()));
    }

    @Test
    void a_revision_may_drop_items_of_the_draft() {
        fixture.given(drafted())
                .when(new ReviseWorkPlan(PLAN, TITLE, null, null, List.of(items().get(1))), as(OFFICE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_revision_is_checked_like_a_draft() {
        fixture.given(drafted())
                .when(new ReviseWorkPlan(PLAN, " ", null, null, items()), as(OFFICE))
                .expectException(invalid("title"));
    }

    @Test
    void only_the_office_revises_a_plan() {
        fixture.given(drafted())
                .when(new ReviseWorkPlan(PLAN, TITLE, null, null, items()), as(UNIT))
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void a_published_plan_is_not_revised() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new ReviseWorkPlan(PLAN, TITLE, null, null, items()), as(OFFICE))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void the_office_publishes_a_draft() {
        fixture.given(drafted())
                .when(new PublishWorkPlan(PLAN), as(OFFICE))
                .expectEvents(new WorkPlanPublished(PLAN));
    }

    @Test
    void only_the_office_publishes_a_plan() {
        fixture.given(drafted())
                .when(new PublishWorkPlan(PLAN), as(UNIT))
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void a_plan_is_published_once() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new PublishWorkPlan(PLAN), as(OFFICE))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void a_published_plan_is_amended_with_a_reason() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, itemsAndOneMore(), "增加职工之家建设"), as(OFFICE))
                .expectEvents(new WorkPlanAmended(PLAN, itemsAndOneMore(), "增加职工之家建设"));
    }

    @Test
    void an_amendment_may_change_a_target() {
        var changed = List.of(item("1", count("stations", "40"), items().get(0).indicators().get(1)),
                items().get(1));
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, changed, "目标上调"), as(OFFICE))
                .expectEvents(new WorkPlanAmended(PLAN, changed, "目标上调"));
    }

    @Test
    void a_draft_is_revised_not_amended() {
        fixture.given(drafted())
                .when(new AmendWorkPlan(PLAN, items(), "修改"), as(OFFICE))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void an_amendment_needs_a_reason() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, items(), " "), as(OFFICE))
                .expectException(invalid("reason"));
    }

    @Test
    void an_amendment_may_not_remove_an_item() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, List.of(items().get(0)), "删去第二条"), as(OFFICE))
                .expectException(invalid("items"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_may_not_remove_an_indicator() {
        var withoutCharter = List.of(item("1", count("stations", "30")), items().get(1));
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, withoutCharter, "删去一个指标"), as(OFFICE))
                .expectException(invalid("items"));
    }

    @Test
    void an_amendment_may_not_remove_an_item_added_by_an_earlier_amendment() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN), new WorkPlanAmended(PLAN, itemsAndOneMore(), "增加"))
                .when(new AmendWorkPlan(PLAN, items(), "再删去"), as(OFFICE))
                .expectException(invalid("items"));
    }

    @Test
    void an_amended_plan_is_checked_like_a_draft() {
        var badTarget = List.of(item("1", count("stations", "-1"), items().get(0).indicators().get(1)),
                items().get(1));
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, badTarget, "改错"), as(OFFICE))
                .expectException(invalid("items[0].indicators[0].target"));
    }

    @Test
    void only_the_office_amends_a_plan() {
        fixture.given(drafted(), new WorkPlanPublished(PLAN))
                .when(new AmendWorkPlan(PLAN, items(), "修改"), as(ADMIN))
                .expectException(ActionNotAllowedException.class);
    }
}
