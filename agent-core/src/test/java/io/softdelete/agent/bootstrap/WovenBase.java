package io.softdelete.agent.bootstrap;

/** The super class of {@link WovenTarget}, whose constructor takes an argument. */
public class WovenBase {
    private final CharSequence label;

    public WovenBase(CharSequence label) {
        this.label = label;
    }

    public CharSequence label() {
        return label;
    }
}
