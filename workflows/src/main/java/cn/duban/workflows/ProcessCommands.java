package cn.duban.workflows;

import cn.duban.api.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command as the process, in the engine's transaction (the command bus joins it). */
@Component
class ProcessCommands {

    private final CommandGateway commands;

    ProcessCommands(CommandGateway commands) {
        this.commands = commands;
    }

    void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.PROCESS.toMetaData()));
    }
}
