package io.softdelete.agent;

/**
 * What a removal does when live rows still reference the removed row through a to-one foreign key that the
 * database would enforce (no {@code ON DELETE} action). Option {@code referencedRemoval}.
 */
public enum ReferencedRemoval {
    /** The row is flagged; the live rows keep resolving it (the default). */
    ALLOW("allow"),
    /** The removal fails as the database would fail it without the agent, and its transaction rolls back. */
    REFUSE("refuse");

    private final String optionValue;

    ReferencedRemoval(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    static ReferencedRemoval fromOption(String key, String value) {
        for (ReferencedRemoval policy : values()) {
            if (policy.optionValue.equals(value)) {
                return policy;
            }
        }
        throw new OptionsException("option '" + key + "' has unknown value '" + value + "'; expected allow or refuse");
    }
}
