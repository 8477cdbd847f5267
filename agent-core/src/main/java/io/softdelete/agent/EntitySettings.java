package io.softdelete.agent;

/**
 * The flag column and strategy that one soft-delete entity hierarchy uses.
 */
public record EntitySettings(String column, Strategy strategy) {

    public String describe() {
        return "column " + column + ", strategy " + strategy.optionValue();
    }
}
