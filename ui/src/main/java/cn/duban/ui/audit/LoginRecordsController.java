package cn.duban.ui.audit;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import cn.duban.query.history.LoginRecordPage;
import cn.duban.query.history.LoginRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** Logins, failed logins, logouts and lockouts for auditors (等保 2.0), newest first, paged by {@code before}. */
@RestController
class LoginRecordsController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_USERNAME = 128;

    private final LoginRecords records;

    LoginRecordsController(LoginRecords records) {
        this.records = records;
    }

    @GetMapping("/api/audit/logins")
    @PreAuthorize("hasRole('AUDITOR')")
    LoginRecordPage logins(@RequestParam(required = false) String username,
                           @RequestParam(required = false) Long before,
                           @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (username != null && (username.isBlank() || username.length() > MAX_USERNAME)) {
            errors.add(new FieldError("username", "须为用户名 (must be a user name)"));
        }
        if (before != null && before < 1) {
            errors.add(new FieldError("before", "须为日志位置，1 或更大 (must be a position, 1 or more)"));
        }
        if (limit < 1 || limit > LoginRecords.MAX_LIMIT) {
            errors.add(new FieldError("limit", "须在 1 到 " + LoginRecords.MAX_LIMIT + " 之间 (must be between 1 and "
                    + LoginRecords.MAX_LIMIT + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return records.page(username, before, limit);
    }
}
