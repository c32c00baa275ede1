package cn.duban.command.organization;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.OrganizationRegistered;
import cn.duban.api.RegisterOrganization;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.duban.api.OrganizationType.TOWNSHIP;
import static cn.duban.command.support.Actors.ADMIN;
import static cn.duban.command.support.Actors.AUDITOR;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.anonymous;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;

class OrganizationTest {

    private AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    private static RegisterOrganization register(String code) {
        return new RegisterOrganization(code, "界首镇", TOWNSHIP, "gaoyou");
    }

    @Test
    void the_office_registers_an_organization_under_its_code() {
        fixture.givenNoPriorActivity()
                .when(register("jieshou"), as(OFFICE))
                .expectEvents(new OrganizationRegistered("jieshou", "界首镇", TOWNSHIP, "gaoyou"));
    }

    @Test
    void an_administrator_may_register_an_organization() {
        fixture.givenNoPriorActivity()
                .when(register("jieshou"), as(ADMIN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_application_itself_may_register_an_organization() {
        fixture.givenNoPriorActivity()
                .when(register("jieshou"), as(Actor.SYSTEM))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_unit_may_not_register_an_organization() {
        fixture.givenNoPriorActivity()
                .when(register("jieshou"), as(UNIT))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void an_auditor_may_not_register_an_organization() {
        fixture.givenNoPriorActivity()
                .when(register("jieshou"), as(AUDITOR))
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void a_command_without_an_actor_may_not_register_an_organization() {
        fixture.givenNoPriorActivity()
                .when(register("jieshou"), anonymous())
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void a_top_level_organization_has_no_parent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization("gaoyou", "高邮市总工会", TOWNSHIP, null), as(OFFICE))
                .expectEvents(new OrganizationRegistered("gaoyou", "高邮市总工会", TOWNSHIP, null));
    }

    @Test
    void a_code_of_64_characters_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(register("a".repeat(64)), as(OFFICE))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "code \"{0}\"")
    @ValueSource(strings = {"", "Jieshou", "-jieshou", "jie shou", "界首", "jieshou_town"})
    void a_code_other_than_lower_case_letters_digits_and_inner_hyphens_is_refused(String code) {
        fixture.givenNoPriorActivity()
                .when(register(code), as(OFFICE))
                .expectException(invalid("code"))
                .expectNoEvents();
    }

    @Test
    void a_code_longer_than_64_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("a".repeat(65)), as(OFFICE))
                .expectException(invalid("code"));
    }

    @Test
    void an_organization_needs_a_code() {
        fixture.givenNoPriorActivity()
                .when(register(null), as(OFFICE))
                .expectException(invalid("code"));
    }

    @Test
    void an_organization_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization("jieshou", " ", TOWNSHIP, null), as(OFFICE))
                .expectException(invalid("name"));
    }

    @Test
    void a_name_longer_than_200_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization("jieshou", "镇".repeat(201), TOWNSHIP, null), as(OFFICE))
                .expectException(invalid("name"));
    }

    @Test
    void an_organization_needs_a_type() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization("jieshou", "界首镇", null, null), as(OFFICE))
                .expectException(invalid("type"));
    }

    @Test
    void an_organization_cannot_be_its_own_parent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization("jieshou", "界首镇", TOWNSHIP, "jieshou"), as(OFFICE))
                .expectException(invalid("parent"));
    }
}
