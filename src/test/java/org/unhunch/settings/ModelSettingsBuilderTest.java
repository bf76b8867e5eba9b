package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.unhunch.sitting.SittingSettings;

class ModelSettingsBuilderTest {

    @Test
    void without_assignments_the_defaults_of_the_contract_apply() {
        assertThat(new ModelSettingsBuilder().build()).isEqualTo(SittingSettings.DEFAULTS);
        assertThat(SittingSettings.DEFAULTS.sitLimit()).isEqualTo(Duration.ofMinutes(45));
        assertThat(SittingSettings.DEFAULTS.breakGap()).isEqualTo(Duration.ofMinutes(5));
        assertThat(SittingSettings.DEFAULTS.promptPause()).isEqualTo(Duration.ofSeconds(3));
        assertThat(SittingSettings.DEFAULTS.promptMaxWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(SittingSettings.DEFAULTS.promptTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(SittingSettings.DEFAULTS.snooze()).isEqualTo(Duration.ofMinutes(10));
        assertThat(SittingSettings.DEFAULTS.engagedLimit()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void each_setting_is_read_from_its_key() {
        SittingSettings settings = new ModelSettingsBuilder()
                .assign("sit.limit=50m").assign("break.gap=2m").assign("prompt.pause=5s")
                .assign("prompt.maxWait=90s").assign("prompt.timeout=1m").assign("snooze=15m")
                .assign("engaged.limit=1h30m").build();
        assertThat(settings).isEqualTo(new SittingSettings(Duration.ofMinutes(50), Duration.ofMinutes(2),
                Duration.ofSeconds(5), Duration.ofSeconds(90), Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofMinutes(90)));
        for (ModelSetting setting : ModelSetting.values()) {
            assertThat(setting.valueIn(SittingSettings.DEFAULTS)).isEqualTo(setting.defaultValue());
        }
    }

    @Test
    void an_assignment_is_taken_as_written_and_spaces_are_refused_as_settings_set_refuses_them() {
        assertThatThrownBy(() -> new ModelSettingsBuilder().assign(" snooze=15m")).hasMessageContaining(
                "unknown setting");
        assertThatThrownBy(() -> new ModelSettingsBuilder().assign("snooze= 15m"))
                .hasMessage("snooze= 15m: starts or ends with a space; write it without");
        assertThatThrownBy(() -> Setting.SNOOZE.check(" 15m"))
                .hasMessage("snooze= 15m: starts or ends with a space; write it without");
    }

    @Test
    void the_bounds_of_every_range_are_allowed_and_one_second_beyond_is_not() {
        for (ModelSetting setting : ModelSetting.values()) {
            assertThat(setting.parse(DurationSyntax.format(setting.min()))).isEqualTo(setting.min());
            assertThat(setting.parse(DurationSyntax.format(setting.max()))).isEqualTo(setting.max());
            String above = DurationSyntax.format(setting.max().plusSeconds(1));
            assertThatThrownBy(() -> setting.parse(above))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessage(setting.key() + "=" + above + ": out of range; allowed " + setting.allowedRange());
            if (!setting.min().isZero()) {
                String below = DurationSyntax.format(setting.min().minusSeconds(1));
                assertThatThrownBy(() -> setting.parse(below)).hasMessageContaining("out of range");
            }
        }
    }

    @Test
    void the_ranges_are_those_of_the_contract() {
        assertThat(ModelSetting.SIT_LIMIT.allowedRange()).isEqualTo("10m–3h");
        assertThat(ModelSetting.BREAK_GAP.allowedRange()).isEqualTo("1m–30m");
        assertThat(ModelSetting.PROMPT_PAUSE.allowedRange()).isEqualTo("0s–30s");
        assertThat(ModelSetting.PROMPT_MAX_WAIT.allowedRange()).isEqualTo("0s–10m");
        assertThat(ModelSetting.PROMPT_TIMEOUT.allowedRange()).isEqualTo("30s–30m");
        assertThat(ModelSetting.SNOOZE.allowedRange()).isEqualTo("1m–1h");
        assertThat(ModelSetting.ENGAGED_LIMIT.allowedRange()).isEqualTo("10m–8h");
    }

    @Test
    void an_engaged_limit_shorter_than_the_break_gap_is_refused_naming_both() {
        assertThatThrownBy(() -> new ModelSettingsBuilder().set("break.gap", "20m").set("engaged.limit", "15m").build())
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.key()).isEqualTo("engaged.limit");
                    assertThat(e.value()).isEqualTo("15m");
                })
                .hasMessage("engaged.limit=15m: must not be shorter than break.gap (20m)");
        assertThat(new ModelSettingsBuilder().set("break.gap", "20m").set("engaged.limit", "20m").build()
                .engagedLimit()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void the_exception_names_key_and_value() {
        assertThatThrownBy(() -> new ModelSettingsBuilder().set("break.gap", "45m"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.key()).isEqualTo("break.gap");
                    assertThat(e.value()).isEqualTo("45m");
                });
    }

    @Test
    void keys_are_case_sensitive_as_written_in_the_contract() {
        assertThatThrownBy(() -> new ModelSettingsBuilder().set("prompt.maxwait", "30s"))
                .hasMessageContaining("unknown setting");
    }
}
