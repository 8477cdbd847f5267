package io.softdelete.agent;

/**
 * How the flag column marks a removed row. The option values are part of the public contract.
 */
public enum Strategy {
    /** {@code false} while alive, {@code true} once removed. */
    BOOLEAN("boolean"),
    /** {@code true} while alive, {@code false} once removed. */
    ACTIVE("active"),
    /** {@code NULL} while alive, the removal time once removed. */
    TIMESTAMP("timestamp");

    private final String optionValue;

    Strategy(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    static Strategy fromOption(String key, String value) {
        for (Strategy strategy : values()) {
            if (strategy.optionValue.equals(value)) {
                return strategy;
            }
        }
        throw new OptionsException("option '" + key + "' has unknown strategy '" + value
                + "'; expected boolean, active or timestamp");
    }
}
