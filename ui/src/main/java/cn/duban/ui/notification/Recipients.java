package cn.duban.ui.notification;

import cn.duban.query.notification.Audience;
import cn.duban.query.notification.Notice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/** The people a notice reaches: the enabled unit users of its organization, or the enabled office users. */
@Component
class Recipients {

    record Person(String username, String email, String mobile) {
    }

    private static final String PEOPLE = "SELECT u.username, u.email, u.mobile FROM app_user u WHERE u.enabled"
            + " AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.username = u.username AND r.role = ?)";

    private final JdbcTemplate jdbc;

    Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final RowMapper<Person> PERSON = (rs, n) -> new Person(rs.getString(1), rs.getString(2),
            rs.getString(3));

    List<Person> of(Notice notice) {
        return notice.audience() == Audience.OFFICE
                ? jdbc.query(PEOPLE + " ORDER BY u.username", PERSON, "OFFICE")
                : jdbc.query(PEOPLE + " AND u.organization = ? ORDER BY u.username", PERSON, "UNIT",
                        notice.organization());
    }
}
