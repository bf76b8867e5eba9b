package org.unhunch.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.ParsePosition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.unhunch.settings.DurationSyntax;
import org.unhunch.settings.ModelSetting;
import org.unhunch.settings.Setting;
import org.unhunch.settings.WorkingHours;

/**
 * One setting's control in the settings dialog, made for the setting's type: a spinner in minutes
 * or seconds for a duration, a check box, a list of choices, a list of times, one box per weekday, a
 * spinner of days, a text field for a path with a file chooser. It shows a stored value and hands an
 * edited one back in the stored form; showing a value never counts as an edit.
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

    /** The unit a number is shown in ("min", "s", "days"), or empty where the control shows none. */
    String unit() {
        return "";
    }

    /** What the control says beside itself while what is typed cannot be taken (the allowed range), or empty. */
    String rangeHint() {
        return "";
    }

    /** {@code value} (as stored) in the words the control shows it in: "30 min", a choice's name. */
    String words(String value) {
        return value;
    }

    static SettingControl forSetting(Setting setting) {
        return switch (setting.type()) {
            case DURATION -> durationSpinner(setting.model().orElseThrow());
            case BOOLEAN -> new CheckBox(setting);
            case CHOICE -> new Choice(setting);
            case TIME -> new TimeChoice(setting == Setting.WORK_END);
            case WEEKDAYS -> new Weekdays();
            case DAYS -> new NumberSpinner(7, 3650, 1, Texts.get("settings.unit.days"),
                    number -> Long.toString(Math.round(number)), Double::parseDouble);
            case PATH -> new PathField();
        };
    }

    /**
     * Seconds where the whole range is within a minute, else minutes — in halves where the range
     * starts on a half minute — so that a person reads every duration in the unit of its scale.
     */
    private static SettingControl durationSpinner(ModelSetting setting) {
        boolean seconds = setting.max().compareTo(Duration.ofMinutes(1)) <= 0;
        double unit = seconds ? 1 : 60;
        double step = seconds || setting.min().toSecondsPart() == 0 ? 1 : 0.5;
        return new NumberSpinner(setting.min().toSeconds() / unit, setting.max().toSeconds() / unit, step,
                Texts.get(seconds ? "settings.unit.seconds" : "settings.unit.minutes"),
                number -> DurationSyntax.format(Duration.ofSeconds(Math.round(number * unit))),
                stored -> DurationSyntax.parse(stored).toSeconds() / unit);
    }

    /**
     * A number in a spinner, its unit beside it. What is typed is taken on Enter or on leaving the
     * field; while it is not a number in the range, the range is said beside the unit, the field is
     * outlined as in error and the last good value stays (the field goes back to it on leaving).
     */
    private static final class NumberSpinner extends SettingControl {
        private final JSpinner spinner;
        private final JFormattedTextField field;
        private final DecimalFormat format;
        private final double min;
        private final double max;
        private final String unit;
        private final JLabel hint = new JLabel();
        private final JPanel panel = row();
        private final ToDoubleFunction<String> shown;

        NumberSpinner(double min, double max, double step, String unit, DoubleFunction<String> stored,
                      ToDoubleFunction<String> shown) {
            this.min = min;
            this.max = max;
            this.unit = unit;
            this.shown = shown;
            spinner = new JSpinner(new SpinnerNumberModel(min, min, max, step));
            JSpinner.NumberEditor editor = new JSpinner.NumberEditor(spinner, "0.##");
            spinner.setEditor(editor);
            format = editor.getFormat();
            field = editor.getTextField();
            field.setColumns(4);
            spinner.addChangeListener(event -> edited(stored.apply(((Number) spinner.getValue()).doubleValue())));
            field.getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent event) {
                    checkTyped();
                }

                @Override
                public void removeUpdate(DocumentEvent event) {
                    checkTyped();
                }

                @Override
                public void changedUpdate(DocumentEvent event) {
                    checkTyped();
                }
            });
            hint.setForeground(errorColour());
            hint.putClientProperty("FlatLaf.style", "foreground: $Component.error.focusedBorderColor");
            hint.setVisible(false);
            panel.add(spinner);
            panel.add(gap());
            panel.add(new JLabel(unit));
            panel.add(gap());
            panel.add(hint);
        }

        private void checkTyped() {
            boolean taken = acceptable(field.getText());
            hint.setText(taken ? "" : Texts.get("settings.range", format.format(min), format.format(max), unit));
            hint.setVisible(!taken);
            spinner.putClientProperty("JComponent.outline", taken ? null : "error");
        }

        /** A number as the field writes one, with nothing after it, within the range. */
        private boolean acceptable(String typed) {
            String text = typed.strip();
            ParsePosition position = new ParsePosition(0);
            Number number = format.parse(text, position);
            return number != null && position.getIndex() == text.length() && number.doubleValue() >= min
                    && number.doubleValue() <= max;
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
            return field;
        }

        @Override
        void display(String value) {
            spinner.setValue(shown.applyAsDouble(value));
        }

        @Override
        String unit() {
            return unit;
        }

        @Override
        String rangeHint() {
            return hint.isVisible() ? hint.getText() : "";
        }

        @Override
        String words(String value) {
            return format.format(shown.applyAsDouble(value)) + " " + unit;
        }
    }

    /** A row of parts whose first starts at the row's left edge, as a control without a row does. */
    private static JPanel row() {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        row.setOpaque(false);
        return row;
    }

    private static Component gap() {
        return Box.createHorizontalStrut(6);
    }

    private static Color errorColour() {
        Color colour = UIManager.getColor("Component.error.focusedBorderColor");
        return colour != null ? colour : Color.RED.darker();
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
        String words(String value) {
            return labels.getOrDefault(value, value);
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
        private final JPanel panel = row();

        Weekdays() {
            for (DayOfWeek day : DayOfWeek.values()) {
                JCheckBox box = new JCheckBox(day.getDisplayName(TextStyle.SHORT, java.util.Locale.getDefault()));
                box.getAccessibleContext().setAccessibleName(
                        day.getDisplayName(TextStyle.FULL, java.util.Locale.getDefault()));
                box.addItemListener(event -> report(day));
                if (!boxes.isEmpty()) {
                    panel.add(gap());
                }
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

    /**
     * A file path, saved when the person presses Enter or leaves the field, or chosen with "Choose…"
     * from the routine files (.json) beside the one named now.
     */
    static final class PathField extends SettingControl {
        private final JTextField field = new JTextField(24);
        private final JButton choose = new JButton(Texts.get("settings.choose"));
        private final JPanel panel = row();
        private String shown = "";

        PathField() {
            field.addActionListener(event -> report());
            field.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusLost(java.awt.event.FocusEvent event) {
                    report();
                }
            });
            choose.getAccessibleContext().setAccessibleName(Texts.get("settings.choose.title"));
            choose.addActionListener(event -> {
                JFileChooser chooser = chooser(field.getText());
                if (chooser.showOpenDialog(panel) == JFileChooser.APPROVE_OPTION) {
                    field.setText(chooser.getSelectedFile().getPath());
                    report();
                }
            });
            panel.add(field);
            panel.add(gap());
            panel.add(choose);
        }

        /** A chooser of .json files, open in the folder of {@code current} where there is one. */
        static JFileChooser chooser(String current) {
            JFileChooser chooser = new JFileChooser(folderOf(current.strip()).orElse(null));
            chooser.setDialogTitle(Texts.get("settings.choose.title"));
            chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("settings.choose.filter"), "json"));
            return chooser;
        }

        private static Optional<File> folderOf(String path) {
            if (path.isEmpty()) {
                return Optional.empty();
            }
            try {
                Path folder = Path.of(path).toAbsolutePath().getParent();
                return Optional.ofNullable(folder).filter(Files::isDirectory).map(Path::toFile);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
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
            return panel;
        }

        @Override
        List<JComponent> parts() {
            return List.of(field, choose);
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
