package org.unhunch.ui;

import java.awt.FlowLayout;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.unhunch.settings.DurationSyntax;
import org.unhunch.settings.ModelSetting;
import org.unhunch.settings.Setting;
import org.unhunch.settings.WorkingHours;

/**
 * One setting's control in the settings dialog, made for the setting's type: a spinner in minutes
 * or seconds for a duration, a check box, a list of choices, a list of times, one box per weekday, a
 * spinner of days, a text field for a path. It shows a stored value and hands an edited one back in
 * the stored form; showing a value never counts as an edit.
 */
abstract class SettingControl {

    private Consumer<String> edited = value -> { };
    private boolean showing;

    abstract JComponent component();

    /** The parts a person operates (disabled when the setting is locked): by default the component itself. */
    List<JComponent> parts() {
        return List.of(component());
    }

    /** What takes the keyboard when the dialog opens on this control. */
    JComponent focusTarget() {
        return parts().get(0);
    }

    /** Shows {@code value} (as stored) without reporting an edit. */
    final void show(String value) {
        showing = true;
        try {
            display(value);
        } finally {
            showing = false;
        }
    }

    abstract void display(String value);

    void onEdit(Consumer<String> edited) {
        this.edited = edited;
    }

    final void edited(String value) {
        if (!showing) {
            edited.accept(value);
        }
    }

    void setEnabled(boolean enabled) {
        parts().forEach(part -> part.setEnabled(enabled));
    }

    static SettingControl forSetting(Setting setting) {
        return switch (setting.type()) {
            case DURATION -> durationSpinner(setting.model().orElseThrow());
            case BOOLEAN -> new CheckBox(setting);
            case CHOICE -> new Choice(setting);
            case TIME -> new TimeChoice(setting == Setting.WORK_END);
            case WEEKDAYS -> new Weekdays();
            case DAYS -> new NumberSpinner(7, 3650, 1, "settings.unit.days", Integer::toString, Integer::parseInt);
            case PATH -> new PathField();
        };
    }

    /** Whole minutes where the range allows, else seconds. */
    private static SettingControl durationSpinner(ModelSetting setting) {
        boolean minutes = setting.min().toSecondsPart() == 0 && setting.min().toMinutes() > 0;
        long unit = minutes ? 60 : 1;
        return new NumberSpinner((int) (setting.min().toSeconds() / unit), (int) (setting.max().toSeconds() / unit),
                minutes ? 1 : 5, minutes ? "settings.unit.minutes" : "settings.unit.seconds",
                value -> DurationSyntax.format(Duration.ofSeconds(value * unit)),
                stored -> (int) Math.round(DurationSyntax.parse(stored).toSeconds() / (double) unit));
    }

    /** A whole number in a spinner, its unit beside it. */
    private static final class NumberSpinner extends SettingControl {
        private final JSpinner spinner;
        private final JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        private final ToIntFunction<String> shown;

        NumberSpinner(int min, int max, int step, String unitKey, IntFunction<String> stored,
                      ToIntFunction<String> shown) {
            this.shown = shown;
            spinner = new JSpinner(new SpinnerNumberModel(min, min, max, step));
            ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(4);
            spinner.addChangeListener(event -> edited(stored.apply(((Number) spinner.getValue()).intValue())));
            panel.setOpaque(false);
            panel.add(spinner);
            panel.add(new JLabel(Texts.get(unitKey)));
        }

        @Override
        JComponent component() {
            return panel;
        }

        @Override
        List<JComponent> parts() {
            return List.of(spinner);
        }

        @Override
        JComponent focusTarget() {
            return ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
        }

        @Override
        void display(String value) {
            spinner.setValue(shown.applyAsInt(value));
        }
    }

    private static final class CheckBox extends SettingControl {
        private final JCheckBox box;

        CheckBox(Setting setting) {
            box = new JCheckBox(Texts.get("settings.check." + setting.key()));
            box.addItemListener(event -> edited(Boolean.toString(box.isSelected())));
        }

        @Override
        JComponent component() {
            return box;
        }

        @Override
        void display(String value) {
            box.setSelected(Boolean.parseBoolean(value));
        }
    }

    /** A closed list; each choice named on screen by {@code settings.choice.<key>.<value>}. */
    private static class Choice extends SettingControl {
        private final Map<String, String> labels = new LinkedHashMap<>();
        final JComboBox<String> combo = new JComboBox<>();

        Choice(Setting setting) {
            this(setting.choices(), value -> Texts.get("settings.choice." + setting.key() + "." + value));
        }

        Choice(List<String> values, java.util.function.Function<String, String> label) {
            values.forEach(value -> addChoice(value, label.apply(value)));
            combo.addActionListener(event -> {
                int index = combo.getSelectedIndex();
                if (index >= 0) {
                    edited(new ArrayList<>(labels.keySet()).get(index));
                }
            });
        }

        final void addChoice(String value, String label) {
            labels.put(value, label);
            combo.addItem(label);
        }

        @Override
        JComponent component() {
            return combo;
        }

        @Override
        void display(String value) {
            if (!labels.containsKey(value)) {
                addChoice(value, value);
            }
            combo.setSelectedItem(labels.get(value));
        }
    }

    /** Times of day every quarter hour (and 24:00 for an end); a stored time off the list is added to it. */
    private static final class TimeChoice extends Choice {
        TimeChoice(boolean end) {
            super(times(end), time -> time);
        }

        private static List<String> times(boolean end) {
            List<String> times = new ArrayList<>();
            for (LocalTime time = LocalTime.MIDNIGHT; times.size() < 96; time = time.plusMinutes(15)) {
                times.add(time.toString());
            }
            if (end) {
                times.add("24:00");
            }
            return times;
        }
    }

    private static final class Weekdays extends SettingControl {
        private final Map<DayOfWeek, JCheckBox> boxes = new LinkedHashMap<>();
        private final JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));

        Weekdays() {
            panel.setOpaque(false);
            for (DayOfWeek day : DayOfWeek.values()) {
                JCheckBox box = new JCheckBox(day.getDisplayName(TextStyle.SHORT, java.util.Locale.getDefault()));
                box.getAccessibleContext().setAccessibleName(
                        day.getDisplayName(TextStyle.FULL, java.util.Locale.getDefault()));
                box.addItemListener(event -> report(day));
                boxes.put(day, box);
                panel.add(box);
            }
        }

        private void report(DayOfWeek changed) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            boxes.forEach((day, box) -> {
                if (box.isSelected()) {
                    days.add(day);
                }
            });
            if (days.isEmpty()) {
                // At least one day: the last one stays ticked (no prompts at all is what Pause is for).
                show(WorkingHours.formatDays(EnumSet.of(changed)));
            } else {
                edited(WorkingHours.formatDays(days));
            }
        }

        @Override
        JComponent component() {
            return panel;
        }

        @Override
        List<JComponent> parts() {
            return List.copyOf(boxes.values());
        }

        @Override
        void display(String value) {
            Set<DayOfWeek> days = WorkingHours.parseDays(value);
            boxes.forEach((day, box) -> box.setSelected(days.contains(day)));
        }
    }

    /** Saved when the person presses Enter or leaves the field. */
    private static final class PathField extends SettingControl {
        private final JTextField field = new JTextField(24);
        private String shown = "";

        PathField() {
            field.addActionListener(event -> report());
            field.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusLost(java.awt.event.FocusEvent event) {
                    report();
                }
            });
        }

        private void report() {
            String value = field.getText().strip();
            if (!value.equals(shown)) {
                shown = value;
                edited(value);
            }
        }

        @Override
        JComponent component() {
            return field;
        }

        @Override
        void display(String value) {
            boolean typing = field.isFocusOwner() && !field.getText().strip().equals(shown);
            shown = value;
            if (!typing) {
                field.setText(value);
            }
        }
    }
}
