package cn.duban.ui.notification;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import cn.duban.query.notification.Audience;
import cn.duban.query.notification.MessageCentre;
import cn.duban.query.notification.NotificationView;
import cn.duban.query.notification.Reader;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The message centre (消息中心): a unit user reads their organization's messages, an office user the office's; each
 * marks them read for themself. The record of outward deliveries is for the office, administrators and auditors.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_TASK_ID = 64;

    record Page(Audience audience, String organization, long unread, List<NotificationView> items) {
    }

    record Count(Audience audience, String organization, long unread) {
    }

    record Marked(Audience audience, String organization, int marked, long unread) {
    }

    private final MessageCentre messages;
    private final Outbox outbox;

    NotificationController(MessageCentre messages, Outbox outbox) {
        this.messages = messages;
        this.outbox = outbox;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICE', 'UNIT')")
    Page page(@RequestParam(defaultValue = "false") boolean unread,
              @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
              @RequestParam(defaultValue = "0") int offset) {
        List<FieldError> errors = new ArrayList<>();
        checkLimit(limit, MessageCentre.MAX_LIMIT, errors);
        if (offset < 0) {
            errors.add(new FieldError("offset", "须为 0 或更大 (must be 0 or more)"));
        }
        orThrow(errors);
        Reader reader = reader();
        return new Page(reader.audience(), reader.organization(), messages.unread(reader),
                messages.page(reader, unread, limit, offset));
    }

    @GetMapping("/unread-count")
    @PreAuthorize("hasAnyRole('OFFICE', 'UNIT')")
    Count unreadCount() {
        Reader reader = reader();
        return new Count(reader.audience(), reader.organization(), messages.unread(reader));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("hasAnyRole('OFFICE', 'UNIT')")
    NotificationView read(@PathVariable String id) {
        return messages.markRead(reader(), id).orElseThrow(() -> new NotFoundException("notification", id));
    }

    @PostMapping("/read-all")
    @PreAuthorize("hasAnyRole('OFFICE', 'UNIT')")
    Marked readAll() {
        Reader reader = reader();
        int marked = messages.markAllRead(reader);
        return new Marked(reader.audience(), reader.organization(), marked, messages.unread(reader));
    }

    @GetMapping("/deliveries")
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN', 'AUDITOR')")
    List<DeliveryRecord> deliveries(@RequestParam(required = false) DeliveryStatus status,
                                    @RequestParam(required = false) String taskId,
                                    @RequestParam(defaultValue = "100") int limit) {
        List<FieldError> errors = new ArrayList<>();
        checkLimit(limit, 500, errors);
        if (taskId != null && (taskId.isBlank() || taskId.length() > MAX_TASK_ID)) {
            errors.add(new FieldError("taskId", "须为任务编号 (must be a task id)"));
        }
        orThrow(errors);
        return outbox.records(status, taskId, limit);
    }

    private static Reader reader() {
        return Reader.of(CurrentActor.require())
                .orElseThrow(() -> new AccessDeniedException("no messages are addressed to this account"));
    }

    private static void checkLimit(int limit, int max, List<FieldError> errors) {
        if (limit < 1 || limit > max) {
            errors.add(new FieldError("limit", "须在 1 到 " + max + " 之间 (must be between 1 and " + max + ")"));
        }
    }

    private static void orThrow(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }
}
