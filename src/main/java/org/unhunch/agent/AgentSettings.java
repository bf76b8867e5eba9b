package org.unhunch.agent;

import java.time.ZoneId;
import org.unhunch.settings.WorkingHours;
import org.unhunch.sitting.SittingSettings;

/** What the agent loop reads at each wake-up: the model's settings, and when prompts may be shown. */
public record AgentSettings(SittingSettings model, WorkingHours workingHours, ZoneId zone) {

    /** The model settings, prompts at any time. */
    public static AgentSettings always(SittingSettings model) {
        return new AgentSettings(model, WorkingHours.ALWAYS, ZoneId.systemDefault());
    }
}
