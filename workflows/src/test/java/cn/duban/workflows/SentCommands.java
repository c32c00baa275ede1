package cn.duban.workflows;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.ArgumentCaptor;

import java.util.List;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The real delegate adapters, registered under their bean names for the {@code MockExpressionManager}, sending
 * through a mocked command gateway that records every command instead of dispatching it.
 */
final class SentCommands {

    private final CommandGateway gateway = mock(CommandGateway.class);
    /** What the process sends through, for delegates that tests build themselves. */
    final ProcessCommands commands = new ProcessCommands(gateway);

    SentCommands() {
        Mocks.register("remindUnitAdapter", new RemindUnitAdapter(commands));
        Mocks.register("escalateTaskAdapter", new EscalateTaskAdapter(commands));
        Mocks.register("reviewLightAdapter", new ReviewLightAdapter(commands));
    }

    /** Makes sending that command fail, as a command handler that refuses it would. */
    void failOn(Object payload) {
        doThrow(new IllegalStateException("refused: " + payload)).when(gateway).sendAndWait(argThat(
                message -> message instanceof CommandMessage<?> command && payload.equals(command.getPayload())));
    }

    /** The command messages sent so far, oldest first. */
    List<CommandMessage<?>> messages() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, atLeast(0)).sendAndWait(sent.capture());
        return sent.getAllValues().stream().<CommandMessage<?>>map(message -> (CommandMessage<?>) message).toList();
    }

    /** The payloads of the commands of that type sent so far, oldest first. */
    <T> List<T> of(Class<T> type) {
        return messages().stream().map(CommandMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
