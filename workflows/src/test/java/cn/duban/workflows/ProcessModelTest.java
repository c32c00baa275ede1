package cn.duban.workflows;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The models and the Java that drives them agree: work items and steps, messages, forms, semantic ids. */
class ProcessModelTest extends AbstractProcessTest {

    @Test
    void every_work_item_of_the_model_is_completed_by_exactly_one_step() {
        List<String> workItems = supervisionModel().getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getId).toList();

        List<String> completedBySteps = Arrays.stream(ProcessStep.values())
                .flatMap(step -> step.workItems().stream()).toList();

        assertThat(completedBySteps).containsExactlyInAnyOrderElementsOf(workItems);
    }

    @Test
    void every_message_the_steps_and_the_bridge_deliver_is_one_the_model_waits_for() {
        List<String> messages = supervisionModel().getModelElementsByType(Message.class).stream()
                .map(Message::getName).toList();

        List<String> delivered = Stream.concat(Arrays.stream(ProcessStep.values()).map(ProcessStep::message)
                .flatMap(Optional::stream), Stream.of(ProcessBridge.DEADLINE_MOVED)).toList();

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(messages);
    }

    @Test
    void every_work_item_has_a_form_of_the_same_deployment() {
        List<String> deployedForms = deployedFormIds();

        assertThat(supervisionModel().getModelElementsByType(UserTask.class)).allSatisfy(item -> {
            assertThat(item.getCamundaFormRefBinding()).as(item.getId()).isEqualTo("deployment");
            assertThat(deployedForms).as(item.getId()).contains(item.getCamundaFormRef());
        });
    }

    @Test
    void a_work_item_opens_its_form() {
        ProcessInstance task = issueTask();

        String form = process.form(task("Task_Acknowledge", task));

        assertThat(Spin.JSON(form).prop("id").stringValue()).isEqualTo("form_acknowledge");
    }

    @Test
    void every_element_has_a_semantic_id() {
        for (BpmnModelInstance model : List.of(supervisionModel(), model("TaskListProcess"))) {
            assertThat(model.getModelElementsByType(FlowElement.class)).extracting(FlowElement::getId)
                    .allMatch(id -> id.matches("[A-Z][A-Za-z]*_[A-Z][A-Za-z]*"), "Kind_Meaning, no generated ids");
        }
    }

    private BpmnModelInstance supervisionModel() {
        return model("SupervisionTaskProcess");
    }

    private BpmnModelInstance model(String key) {
        RepositoryService repository = processEngine.getRepositoryService();
        return repository.getBpmnModelInstance(repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult().getId());
    }

    private List<String> deployedFormIds() {
        RepositoryService repository = processEngine.getRepositoryService();
        String deployment = repository.createProcessDefinitionQuery().processDefinitionKey("SupervisionTaskProcess")
                .latestVersion().singleResult().getDeploymentId();
        return repository.getDeploymentResourceNames(deployment).stream().filter(name -> name.endsWith(".form"))
                .map(name -> Spin.JSON(read(repository, deployment, name)).prop("id").stringValue()).toList();
    }

    private static String read(RepositoryService repository, String deployment, String resource) {
        try (InputStream in = repository.getResourceAsStream(deployment, resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
