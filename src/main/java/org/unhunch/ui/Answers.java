package org.unhunch.ui;

import org.unhunch.sitting.Observation;

/** Where the windows send the person's answers (the agent's inbox). */
@FunctionalInterface
interface Answers {
    void answer(Observation answer);
}
