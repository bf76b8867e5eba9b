package org.unhunch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unhunch.agent.AgentLoop;
import org.unhunch.agent.AgentThread;
import org.unhunch.agent.FanOutSink;
import org.unhunch.agent.LiveSettings;
import org.unhunch.agent.ObservationInbox;
import org.unhunch.routine.Pacer;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineStep;
import org.unhunch.ui.DesktopPresenter;

/** The layering of architecture.md, enforced on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unhunch");
    }

    @Test
    void the_core_is_free_of_desktop_hook_storage_and_logging_frameworks() {
        noClasses().that().resideInAnyPackage("org.unhunch.sitting..", "org.unhunch.routine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.awt..", "javax.swing..", "com.github.kwhat.jnativehook..", "java.util.prefs..",
                        "java.sql..", "javax.sql..", "org.sqlite..", "org.slf4j..", "ch.qos.logback..",
                        "java.util.logging..", "org.apache.logging..")
                .because("the sitting model and routine timeline are pure: time and observations in, events out;"
                        + " they use the JDK, the JSON reader and org.unhunch.text, which is the JDK alone")
                .check(classes);
    }

    @Test
    void the_core_depends_on_the_jdk_the_json_reader_and_the_text_escapes_alone() {
        classes().that().resideInAnyPackage("org.unhunch.sitting..", "org.unhunch.routine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "org.unhunch.sitting..", "org.unhunch.routine..", "org.unhunch.text..")
                .check(classes);
    }

    @Test
    void the_text_escapes_depend_on_the_jdk_alone() {
        classes().that().resideInAPackage("org.unhunch.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.unhunch.text..")
                .because("every package quotes text back to a person through it (review finding 6), the pure core"
                        + " too: so it sits below them all, with nothing of its own")
                .check(classes);
    }

    @Test
    void the_core_depends_on_no_other_feature() {
        noClasses().that().resideInAPackage("org.unhunch.sitting..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.unhunch.routine..", "org.unhunch.activity..", "org.unhunch.records..",
                        "org.unhunch.settings..", "org.unhunch.agent..", "org.unhunch.ui..", "org.unhunch.cli..")
                .check(classes);
    }

    @Test
    void the_owner_only_files_helper_depends_on_the_jdk_alone() {
        noClasses().that().resideInAPackage("org.unhunch.files..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.unhunch.sitting..", "org.unhunch.routine..", "org.unhunch.activity..",
                        "org.unhunch.presence..", "org.unhunch.records..", "org.unhunch.settings..",
                        "org.unhunch.agent..", "org.unhunch.ui..", "org.unhunch.cli..",
                        "org.slf4j..", "ch.qos.logback..", "java.awt..", "javax.swing..", "java.sql..")
                .because("activity, records, agent and cli all keep files private through it, and activity and"
                        + " records may not import the agent: so it sits below them all, with nothing of its own")
                .check(classes);
    }

    @Test
    void presence_sources_know_the_model_and_nothing_else_of_unhunch() {
        classes().that().resideInAPackage("org.unhunch.presence..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.unhunch.presence..",
                        "org.unhunch.sitting..", "org.unhunch.platform..", "org.freedesktop.dbus..", "com.sun.jna..",
                        "org.slf4j..",
                        "com.fasterxml.jackson..")
                .because("what the platform says about the person reaches the agent as the model's observations"
                        + " alone (architecture.md)")
                .check(classes);
    }

    @Test
    void the_platform_access_knows_nothing_of_unhunch() {
        classes().that().resideInAPackage("org.unhunch.platform..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.unhunch.platform..",
                        "org.freedesktop.dbus..", "com.sun.jna..", "org.slf4j..")
                .because("the buses and the X error handler are shared by the activity and presence sources,"
                        + " which may not import each other (ADR 0018)")
                .check(classes);
    }

    @Test
    void only_the_presence_and_activity_sources_touch_d_bus() {
        noClasses().that().resideOutsideOfPackages("org.unhunch.presence..", "org.unhunch.activity..",
                        "org.unhunch.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
                .because("D-Bus stays behind the PresenceSource and ActivitySource ports (ADRs 0012, 0018)")
                .check(classes);
    }

    @Test
    void only_the_presence_and_activity_sources_make_native_calls_through_jna() {
        noClasses().that().resideOutsideOfPackages("org.unhunch.presence..", "org.unhunch.activity..",
                        "org.unhunch.platform..")
                .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
                .because("native calls stay behind the PresenceSource and ActivitySource ports (ADRs 0013, 0018)")
                .check(classes);
    }

    @Test
    void java_util_logging_is_used_only_by_the_bridge_for_jnativehook() {
        noClasses().that().doNotHaveFullyQualifiedName("org.unhunch.activity.NativeHookLogging")
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("SLF4J is the one logging API; JNativeHook's JUL output is bridged in one place")
                .check(classes);
    }

    @Test
    void only_the_activity_adapters_touch_jnativehook() {
        noClasses().that().resideOutsideOfPackage("org.unhunch.activity..")
                .should().dependOnClassesThat().resideInAPackage("com.github.kwhat.jnativehook..")
                .because("JNativeHook stays behind the ActivitySource port, so another source can stand beside it")
                .check(classes);
    }

    @Test
    void only_the_command_line_writes_to_standard_output_or_error() {
        noClasses().that().resideOutsideOfPackage("org.unhunch.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("everything else logs through SLF4J or reports to a presenter")
                .check(classes);
    }

    @Test
    void nothing_depends_on_the_command_line() {
        noClasses().that().resideOutsideOfPackages("org.unhunch.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.unhunch.cli..")
                .check(classes);
    }

    @Test
    void the_command_line_holds_no_wiring_of_the_agent() {
        noClasses().that().resideInAPackage("org.unhunch.cli..")
                .should().dependOnClassesThat().belongToAnyOf(AgentLoop.class, AgentThread.class, FanOutSink.class,
                        ObservationInbox.class, LiveSettings.class, DesktopPresenter.class)
                .because("commands parse their arguments and call the composition root (org.unhunch.app), which"
                        + " builds and wires the agent (ADR 0010)")
                .check(classes);
    }

    @Test
    void the_command_line_reaches_the_user_interface_only_through_the_composition_root() {
        noClasses().that().resideInAPackage("org.unhunch.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.unhunch.ui..")
                .because("the agent's windows, and the history window 'unhunch history' opens without an agent,"
                        + " are built in org.unhunch.app (ADR 0010)")
                .check(classes);
    }

    @Test
    void only_the_composition_root_builds_the_agent_loop() {
        noClasses().that().resideOutsideOfPackage("org.unhunch.app..")
                .should().callConstructorWhere(JavaConstructorCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(AgentLoop.class))))
                .because("one place builds the loop and wires its sinks, so the wiring is tested once (ADR 0010)")
                .check(classes);
    }

    @Test
    void nothing_below_the_composition_root_depends_on_it() {
        noClasses().that().resideOutsideOfPackages("org.unhunch.app..", "org.unhunch.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.unhunch.app..")
                .because("org.unhunch.app sits above agent, ui and records and below the commands alone")
                .check(classes);
    }

    @Test
    void features_below_the_agent_do_not_reach_up_to_the_agent_or_the_user_interface() {
        noClasses().that().resideInAnyPackage("org.unhunch.sitting..", "org.unhunch.routine..",
                        "org.unhunch.activity..", "org.unhunch.records..", "org.unhunch.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unhunch.agent..", "org.unhunch.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.unhunch.agent..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.unhunch.ui..")
                .because("the agent loop runs without Swing; the UI is a presenter it is handed")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Issue 9, finding 16: no new label can show a routine file's text as HTML by forgetting to switch it off. */
    @Test
    void a_routine_files_text_reaches_the_screen_only_as_plain_text() {
        noClasses().that().resideInAPackage("org.unhunch.ui..")
                .and().doNotHaveFullyQualifiedName("org.unhunch.ui.StepText")
                .and().doNotHaveFullyQualifiedName("org.unhunch.ui.PacerView")
                .and().doNotHaveFullyQualifiedName("org.unhunch.ui.RoutineWords")
                .should().callMethod(RoutineStep.class, "title")
                .orShould().callMethod(RoutineStep.class, "guidance")
                .orShould().callMethod(Routine.class, "name")
                .orShould().callMethod(Pacer.Breathing.class, "inhaleWord")
                .orShould().callMethod(Pacer.Breathing.class, "exhaleWord")
                .because("a Swing label renders text starting with <html>, which can load images from any URL;"
                        + " StepText shows the text in PlainText labels, PacerView draws it with Java2D, and"
                        + " RoutineWords escapes the routine's name in HTML and gives it to titles and tooltips only")
                .check(classes);
    }
}
