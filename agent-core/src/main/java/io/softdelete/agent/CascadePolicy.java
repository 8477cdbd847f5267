package io.softdelete.agent;

/**
 * What to do with a cascaded or orphan removal that reaches an entity which is not soft-deleted.
 * Option {@code cascadeToUnconfigured}.
 */
public enum CascadePolicy {
    /** The persistence unit refuses to boot and names the association (the default). */
    REFUSE("refuse"),
    /** The unconfigured child is physically deleted, as Hibernate would do without the agent. */
    HARD_DELETE("hard-delete");

    private final String optionValue;

    CascadePolicy(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    static CascadePolicy fromOption(String key, String value) {
        for (CascadePolicy policy : values()) {
            if (policy.optionValue.equals(value)) {
                return policy;
            }
        }
        throw new OptionsException("option '" + key + "' has unknown value '" + value
                + "'; expected refuse or hard-delete");
    }
}
