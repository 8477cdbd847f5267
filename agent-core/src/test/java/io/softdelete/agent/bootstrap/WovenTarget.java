package io.softdelete.agent.bootstrap;

/** Woven by {@link WeaverTest}: methods of the shapes the agent hooks in Hibernate. */
public class WovenTarget extends WovenBase {
    private final String name;

    /** Creates an object before it calls its super constructor, which the constructor's handler may not cover. */
    public WovenTarget(String name) {
        super(new StringBuilder(name));
        if (name.equals("fail")) {
            throw new IllegalStateException("thrown by the constructor");
        }
        this.name = name;
    }

    public void skippable(String value) {
        TestSink.record("body " + value);
    }

    public void guarded(String value) {
        if (value.equals("throw")) {
            throw new IllegalArgumentException("thrown by the body");
        }
        TestSink.record("guarded body " + value);
    }

    public int doubled(int value) {
        return value * 2;
    }

    public String looping(long times, double factor, String value) {
        StringBuilder result = new StringBuilder();
        for (long i = 0; i < times; i++) {
            if (value.equals("throw")) {
                throw new IllegalArgumentException("thrown by the body");
            }
            result.append(value).append(factor > 1 ? "+" : "-");
        }
        return result.toString();
    }

    public static int measured(String value) {
        return value.length();
    }

    /** Calls a private static method of its own class, as Hibernate's SqmInterpretationsKey does. */
    public static String copied(String value) {
        return copy(value);
    }

    private static String copy(String value) {
        return value;
    }

    public String name() {
        return name;
    }
}
