package cn.duban.ui.axon;

import cn.duban.api.Actor;
import cn.duban.ui.security.CurrentActor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Puts the authenticated caller and the request's trace id on every command sent without them, so each event says
 * who acted and which request caused it. A command that names its actor already (the demo loader) keeps it.
 */
@Component
class ActorOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String TRACE_ATTRIBUTE = ActorOnCommands.class.getName() + ".trace";

    ActorOnCommands(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(Actor.USERNAME)) {
                CurrentActor.get().ifPresent(actor -> added.putAll(actor.toMetaData()));
            }
            if (!command.getMetaData().containsKey(MessageOriginProvider.getDefaultTraceKey())) {
                requestTrace().ifPresent(trace -> added.put(MessageOriginProvider.getDefaultTraceKey(), trace));
            }
            return added.isEmpty() ? command : command.andMetaData(MetaData.from(added));
        };
    }

    /** One trace id per HTTP request: every command of one request (issuing a task list sends many) shares it. */
    private static Optional<String> requestTrace() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Optional.empty();
        }
        Object trace = request.getAttribute(TRACE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (trace == null) {
            trace = UUID.randomUUID().toString();
            request.setAttribute(TRACE_ATTRIBUTE, trace, RequestAttributes.SCOPE_REQUEST);
        }
        return Optional.of(trace.toString());
    }
}
