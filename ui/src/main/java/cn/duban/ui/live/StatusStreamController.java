package cn.duban.ui.live;

import cn.duban.ui.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/status/stream}: server-sent {@code task-changed} events {organization, taskId, type, position,
 * projection} for a status board. The office and auditors hear of every task, a unit only of its own.
 */
@RestController
class StatusStreamController {

    private final StatusStream stream;

    StatusStreamController(StatusStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/api/status/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR', 'UNIT')")
    SseEmitter subscribe() {
        return stream.subscribe(CurrentActor.require());
    }
}
