package org.unhunch.files;

/** What to do about one file or folder: keep it as it is, tighten it to {@code mode}, or refuse it. */
public record Verdict(Action action, int mode, String reason) {

    /** The three answers. */
    public enum Action { KEEP, TIGHTEN, REFUSE }

    public static Verdict keep() {
        return new Verdict(Action.KEEP, 0, "");
    }

    public static Verdict tighten(int mode, String reason) {
        return new Verdict(Action.TIGHTEN, mode, reason);
    }

    public static Verdict refuse(String reason) {
        return new Verdict(Action.REFUSE, 0, reason);
    }
}
