package io.softdelete.agent;

/**
 * Who the removal journal names as having removed or restored rows. Option {@code removedBy}: {@code none},
 * {@code spring-security} (the authenticated principal's name on that thread) or {@code mdc:KEY} (that key of
 * SLF4J's MDC). The source is the application's own, looked up beside its Hibernate; one that is configured but
 * absent refuses the persistence unit at boot.
 *
 * @param source {@code none}, {@code spring-security} or {@code mdc}
 * @param mdcKey the MDC key for {@code mdc}, else {@code null}
 */
public record RemovedBy(String source, String mdcKey) {
    public static final RemovedBy NONE = new RemovedBy("none", null);
    public static final String SPRING_SECURITY = "spring-security";
    public static final String MDC = "mdc";
    private static final String MDC_PREFIX = MDC + ":";

    static RemovedBy fromOption(String key, String value) {
        if (value.equals(NONE.source)) {
            return NONE;
        }
        if (value.equals(SPRING_SECURITY)) {
            return new RemovedBy(SPRING_SECURITY, null);
        }
        if (value.startsWith(MDC_PREFIX) && value.length() > MDC_PREFIX.length()) {
            return new RemovedBy(MDC, value.substring(MDC_PREFIX.length()));
        }
        throw new OptionsException("option '" + key + "' has unknown value '" + value
                + "'; expected none, spring-security or mdc:KEY");
    }

    public String optionValue() {
        return mdcKey == null ? source : MDC_PREFIX + mdcKey;
    }
}
