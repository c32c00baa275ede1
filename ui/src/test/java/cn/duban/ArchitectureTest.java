package cn.duban;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module arrows of docs/DESIGN.md, and packages by feature, never by layer. */
@AnalyzeClasses(packages = "cn.duban", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_command_side_depends_on_nothing_of_ours = noClasses()
            .that().resideInAnyPackage("cn.duban.api..", "cn.duban.command..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.duban.query..", "cn.duban.workflows..",
                    "cn.duban.ui..");

    @ArchTest
    static final ArchRule the_message_api_depends_on_no_aggregate = noClasses()
            .that().resideInAPackage("cn.duban.api..")
            .should().dependOnClassesThat().resideInAPackage("cn.duban.command..");

    @ArchTest
    static final ArchRule the_query_side_uses_only_the_message_api = noClasses()
            .that().resideInAPackage("cn.duban.query..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.duban.command..", "cn.duban.workflows..",
                    "cn.duban.ui..");

    @ArchTest
    static final ArchRule the_workflows_use_only_the_message_api = noClasses()
            .that().resideInAPackage("cn.duban.workflows..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.duban.command..", "cn.duban.query..",
                    "cn.duban.ui..");

    @ArchTest
    static final ArchRule the_verifiable_history_depends_on_nothing_of_ours = noClasses()
            .that().resideInAPackage("cn.duban.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.duban.api..", "cn.duban.command..",
                    "cn.duban.query..", "cn.duban.workflows..", "cn.duban.ui..");

    @ArchTest
    static final ArchRule the_application_uses_the_command_side_through_messages_and_services_only = noClasses()
            .that().resideInAPackage("cn.duban.ui..")
            .should().dependOnClassesThat().resideInAPackage("cn.duban.command.shared..")
            .orShould().dependOnClassesThat().areAnnotatedWith(Aggregate.class);

    /** One way into the process: the bridge takes every step, so no one else touches the engine's services. */
    @ArchTest
    static final ArchRule only_the_workflows_drive_the_process_engine = noClasses()
            .that().resideOutsideOfPackage("cn.duban.workflows..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine");

    @ArchTest
    static final ArchRule packages_are_features_not_layers = noClasses()
            .should().resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..",
                    "..dto..", "..repository..");
}
