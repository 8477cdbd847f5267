package io.softdelete.agent.hibernate.testadvice;

import java.util.Arrays;

import io.softdelete.agent.bootstrap.TestSink;

/** Advice for {@code WovenTarget}, loaded the way Hibernate-side advice is. */
public final class TestAdvice {
    private TestAdvice() {
    }

    public static void constructing(Class<?> type, Object[] arguments) {
        TestSink.record("constructing " + type.getSimpleName() + " " + Arrays.toString(arguments));
    }

    public static void constructed(Object instance) {
        TestSink.record("constructed " + instance.getClass().getSimpleName());
    }

    public static void thrownInConstructor() {
        TestSink.record("thrownInConstructor");
    }

    public static boolean skip(Object target, String value) {
        return value.equals("skip");
    }

    public static void enterGuarded() {
        TestSink.record("enter guarded");
    }

    public static void exitGuarded() {
        TestSink.record("exit guarded");
    }

    public static int plusOne(int returned, int argument) {
        return returned + 1;
    }

    public static void enterLoop(long times, String value) {
        TestSink.record("enter " + times + " " + value);
    }

    public static void exitLoop(String returned, long times, double factor) {
        TestSink.record("exit " + returned + " " + times);
    }

    public static void thrownInLoop() {
        TestSink.record("thrown");
    }

    public static int length(String receiver) {
        return receiver.length() * 100;
    }

    public static String copy(String value) {
        return value + ", replaced";
    }
}
