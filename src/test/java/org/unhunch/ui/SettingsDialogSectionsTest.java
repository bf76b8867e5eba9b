package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingType;

/** Every setting has its place in the settings dialog and its words on screen. */
class SettingsDialogSectionsTest {

    @Test
    void every_setting_is_in_exactly_one_section() {
        List<Setting> placed = SettingsDialog.SECTIONS.stream().flatMap(List::stream).toList();
        assertThat(placed).containsExactlyInAnyOrder(Setting.values());
    }

    @Test
    void every_setting_and_every_choice_has_words_on_screen() {
        for (Setting setting : Setting.values()) {
            String words = setting.type() == SettingType.BOOLEAN ? "settings.check." + setting.key()
                    : "settings.label." + setting.key();
            assertThat(Texts.has(words)).as(words).isTrue();
            if (setting.type() == SettingType.CHOICE) {
                setting.choices().forEach(value -> assertThat(Texts.has("settings.choice." + setting.key() + "." + value))
                        .as(setting.key() + "=" + value).isTrue());
            }
        }
    }

    @Test
    void a_setting_read_at_the_start_says_on_screen_that_it_takes_effect_at_the_next_start() {
        for (int section = 0; section < SettingsDialog.SECTIONS.size(); section++) {
            String note = "settings.note." + SettingsDialog.SECTION_TITLES.get(section);
            boolean sectionSaysSo = Texts.has(note) && Texts.get(note).contains("apply from the next start");
            for (Setting setting : SettingsDialog.SECTIONS.get(section)) {
                if (setting.meaning().contains("(read at the start)") && !sectionSaysSo) {
                    String words = Texts.get(setting.type() == SettingType.BOOLEAN ? "settings.check." + setting.key()
                            : "settings.label." + setting.key());
                    assertThat(words).as(setting.key()).contains("(from the next start)");
                }
            }
        }
    }

    @Test
    void every_duration_on_every_tab_is_in_min_or_s() {
        SettingsDialog.SECTIONS.stream().flatMap(List::stream)
                .filter(setting -> setting.type() == SettingType.DURATION)
                .forEach(setting -> assertThat(SettingControl.forSetting(setting).unit()).as(setting.key())
                        .isIn("min", "s"));
    }
}
