package cn.duban.command.user;

import cn.duban.command.organization.OrganizationDirectory;
import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.AssignUserRoles;
import cn.duban.api.ChangeUserContact;
import cn.duban.api.DisableUser;
import cn.duban.api.EnableUser;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.RegisterUser;
import cn.duban.api.ResetUserPassword;
import cn.duban.api.UserContactChanged;
import cn.duban.api.UserDisabled;
import cn.duban.api.UserEnabled;
import cn.duban.api.UserPasswordReset;
import cn.duban.api.UserRegistered;
import cn.duban.api.UserRolesAssigned;
import cn.duban.command.support.Actors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static cn.duban.api.Role.ADMIN;
import static cn.duban.api.Role.AUDITOR;
import static cn.duban.api.Role.OFFICE;
import static cn.duban.api.Role.UNIT;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {


    private static final Actor ADMINISTRATOR = Actors.ADMIN;
    private static final UserRegistered CHEN = new UserRegistered("chen.wei", "linze", Set.of(UNIT));
    private static final UserRegistered ADMIN_ACCOUNT = new UserRegistered("admin", null, Set.of(ADMIN));

    private AggregateTestFixture<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource((OrganizationDirectory) Set.of("linze", "jieshou")::contains);
    }

    @Test
    void a_unit_user_of_an_organization_that_was_never_registered_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("chen.wei", "no-such-union", Set.of(UNIT)), as(ADMINISTRATOR))
                .expectException(invalid("organization"))
                .expectNoEvents();
    }

    @Test
    void an_account_is_not_moved_to_an_organization_that_was_never_registered() {
        fixture.given(CHEN)
                .when(new AssignUserRoles("chen.wei", "no-such-union", Set.of(UNIT)), as(ADMINISTRATOR))
                .expectException(invalid("organization"))
                .expectNoEvents();
    }

    @Test
    void an_account_lives_in_a_stream_of_its_own_named_after_the_user() {
        assertThat(new RegisterUser("linze", "linze", Set.of(UNIT)).accountId()).isEqualTo("user:linze");
        assertThat(new AssignUserRoles("linze", null, Set.of(AUDITOR)).accountId()).isEqualTo("user:linze");
        assertThat(new DisableUser("linze", "left").accountId()).isEqualTo("user:linze");
        assertThat(new EnableUser("linze").accountId()).isEqualTo("user:linze");
    }

    @Test
    void an_administrator_registers_a_unit_user_of_an_organization() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("chen.wei", "linze", Set.of(UNIT)), as(ADMINISTRATOR))
                .expectEvents(CHEN);
    }

    @Test
    void only_an_administrator_registers_accounts() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("chen.wei", "linze", Set.of(UNIT)), as(Actors.OFFICE))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "user name \"{0}\"")
    @ValueSource(strings = {"", "Chen", ".chen", "chen wei", "陈伟"})
    void a_user_name_other_than_lower_case_letters_digits_dots_hyphens_and_underscores_is_refused(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(name, null, Set.of(OFFICE)), as(ADMINISTRATOR))
                .expectException(invalid("username"));
    }

    @Test
    void a_user_name_longer_than_64_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("a".repeat(65), null, Set.of(OFFICE)), as(ADMINISTRATOR))
                .expectException(invalid("username"));
    }

    @Test
    void an_account_needs_a_role() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("chen.wei", null, Set.of()), as(ADMINISTRATOR))
                .expectException(invalid("roles"));
    }

    @Test
    void a_unit_user_needs_an_organization() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("chen.wei", null, Set.of(UNIT)), as(ADMINISTRATOR))
                .expectException(invalid("organization"));
    }

    @Test
    void an_office_user_needs_no_organization() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser("wang.fang", null, Set.of(OFFICE)), as(ADMINISTRATOR))
                .expectEvents(new UserRegistered("wang.fang", null, Set.of(OFFICE)));
    }

    @Test
    void an_administrator_assigns_new_roles_and_organization() {
        fixture.given(CHEN)
                .when(new AssignUserRoles("chen.wei", null, Set.of(AUDITOR)), as(ADMINISTRATOR))
                .expectEvents(new UserRolesAssigned("chen.wei", null, Set.of(AUDITOR)));
    }

    @Test
    void only_an_administrator_assigns_roles() {
        fixture.given(CHEN)
                .when(new AssignUserRoles("chen.wei", "linze", Set.of(UNIT, OFFICE)),
                        as(new Actor("chen.wei", "linze", Set.of(UNIT))))
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void assigning_the_unit_role_needs_an_organization() {
        fixture.given(ADMIN_ACCOUNT)
                .when(new AssignUserRoles("admin", null, Set.of(ADMIN, UNIT)), as(ADMINISTRATOR))
                .expectException(invalid("organization"));
    }

    @Test
    void an_account_keeps_at_least_one_role() {
        fixture.given(CHEN)
                .when(new AssignUserRoles("chen.wei", "linze", Set.of()), as(ADMINISTRATOR))
                .expectException(invalid("roles"));
    }

    @Test
    void an_administrator_cannot_take_the_admin_role_from_their_own_account() {
        fixture.given(ADMIN_ACCOUNT)
                .when(new AssignUserRoles("admin", null, Set.of(OFFICE)), as(ADMINISTRATOR))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void an_administrator_may_give_their_own_account_more_roles() {
        fixture.given(ADMIN_ACCOUNT)
                .when(new AssignUserRoles("admin", null, Set.of(ADMIN, AUDITOR)), as(ADMINISTRATOR))
                .expectEvents(new UserRolesAssigned("admin", null, Set.of(ADMIN, AUDITOR)));
    }

    @Test
    void an_administrator_may_take_the_admin_role_from_another_administrator() {
        fixture.given(new UserRegistered("root2", null, Set.of(ADMIN)))
                .when(new AssignUserRoles("root2", null, Set.of(OFFICE)), as(ADMINISTRATOR))
                .expectEvents(new UserRolesAssigned("root2", null, Set.of(OFFICE)));
    }

    @Test
    void an_administrator_disables_an_account_with_a_reason() {
        fixture.given(CHEN)
                .when(new DisableUser("chen.wei", "调离"), as(ADMINISTRATOR))
                .expectEvents(new UserDisabled("chen.wei", "调离"));
    }

    @Test
    void disabling_needs_a_reason() {
        fixture.given(CHEN)
                .when(new DisableUser("chen.wei", " "), as(ADMINISTRATOR))
                .expectException(invalid("reason"));
    }

    @Test
    void only_an_administrator_disables_accounts() {
        fixture.given(CHEN)
                .when(new DisableUser("chen.wei", "调离"), as(Actors.AUDITOR))
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void a_disabled_account_is_not_disabled_again() {
        fixture.given(CHEN, new UserDisabled("chen.wei", "调离"))
                .when(new DisableUser("chen.wei", "再次"), as(ADMINISTRATOR))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        fixture.given(ADMIN_ACCOUNT)
                .when(new DisableUser("admin", "休假"), as(ADMINISTRATOR))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void an_administrator_enables_a_disabled_account() {
        fixture.given(CHEN, new UserDisabled("chen.wei", "调离"))
                .when(new EnableUser("chen.wei"), as(ADMINISTRATOR))
                .expectEvents(new UserEnabled("chen.wei"));
    }

    @Test
    void an_enabled_account_is_not_enabled_again() {
        fixture.given(CHEN)
                .when(new EnableUser("chen.wei"), as(ADMINISTRATOR))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void a_re_enabled_account_can_be_disabled_again() {
        fixture.given(CHEN, new UserDisabled("chen.wei", "调离"), new UserEnabled("chen.wei"))
                .when(new DisableUser("chen.wei", "再次调离"), as(ADMINISTRATOR))
                .expectEvents(new UserDisabled("chen.wei", "再次调离"));
    }

    @Test
    void only_an_administrator_enables_accounts() {
        fixture.given(CHEN, new UserDisabled("chen.wei", "调离"))
                .when(new EnableUser("chen.wei"), as(new Actor("chen.wei", "linze", Set.of(UNIT))))
                .expectException(ActionNotAllowedException.class);
    }

    @Test
    void an_administrator_resets_a_password_and_the_stream_records_it_without_the_password() {
        fixture.given(CHEN)
                .when(new ResetUserPassword("chen.wei"), as(ADMINISTRATOR))
                .expectEvents(new UserPasswordReset("chen.wei"));
    }

    @Test
    void only_an_administrator_resets_passwords() {
        fixture.given(CHEN)
                .when(new ResetUserPassword("chen.wei"), as(new Actor("chen.wei", "linze", Set.of(UNIT))))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void a_user_records_their_own_email_and_mobile() {
        fixture.given(CHEN)
                .when(new ChangeUserContact("chen.wei", "chen.wei@example.cn", "13800000000"),
                        as(new Actor("chen.wei", "linze", Set.of(UNIT))))
                .expectEvents(new UserContactChanged("chen.wei", "chen.wei@example.cn", "13800000000"));
    }

    @Test
    void an_administrator_records_anyones_contact_and_may_clear_it() {
        fixture.given(CHEN)
                .when(new ChangeUserContact("chen.wei", null, null), as(ADMINISTRATOR))
                .expectEvents(new UserContactChanged("chen.wei", null, null));
    }

    @Test
    void nobody_else_changes_a_persons_contact() {
        fixture.given(CHEN)
                .when(new ChangeUserContact("chen.wei", "x@example.cn", null), as(Actors.OFFICE))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chen.wei", "chen@", "@example.cn", "chen wei@example.cn", "chen@example"})
    void an_email_address_that_is_none_is_refused(String email) {
        fixture.given(CHEN)
                .when(new ChangeUserContact("chen.wei", email, null), as(ADMINISTRATOR))
                .expectException(invalid("email"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380000000", "23800000000", "138-0000-0000", "+8513800000000"})
    void a_mobile_number_that_is_none_is_refused(String mobile) {
        fixture.given(CHEN)
                .when(new ChangeUserContact("chen.wei", null, mobile), as(ADMINISTRATOR))
                .expectException(invalid("mobile"))
                .expectNoEvents();
    }
}
