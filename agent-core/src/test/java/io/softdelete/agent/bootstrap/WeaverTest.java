package io.softdelete.agent.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weaver on a class of its own: each kind of hook, verified by the JVM and run. */
class WeaverTest {
    private static final String TARGET = WovenTarget.class.getName();
    private static final String ADVICE = "io.softdelete.agent.hibernate.testadvice.TestAdvice";

    private static final TypeInstrumentation HOOKS = new TypeInstrumentation() {
        @Override
        public String typeName() {
            return TARGET;
        }

        @Override
        public void declareHooks(Hooks hooks) {
            hooks.method("<init>", 1, ADVICE)
                    .atEntry("constructing", Arg.DECLARING_CLASS, Arg.ALL_ARGUMENTS)
                    .atExit("constructed", Arg.THIS)
                    .onThrow("thrownInConstructor");
            hooks.method("skippable", 1, ADVICE).skippingWhen("skip", Arg.THIS, Arg.argument(0));
            hooks.method("guarded", 1, ADVICE)
                    .skippingWhen("skip", Arg.THIS, Arg.argument(0))
                    .atEntry("enterGuarded")
                    .atExit("exitGuarded")
                    .onThrow("exitGuarded");
            hooks.method("doubled", 1, ADVICE).replacingReturn("plusOne", Arg.argument(0));
            hooks.method("looping", 3, ADVICE)
                    .atEntry("enterLoop", Arg.argument(0), Arg.argument(2))
                    .atExit("exitLoop", Arg.argument(0), Arg.argument(1))
                    .onThrow("thrownInLoop");
            hooks.replaceCalls("java.lang.String", "length", "()I", ADVICE, "length");
            hooks.replaceCalls(TARGET, "copy", "(Ljava/lang/String;)Ljava/lang/String;", ADVICE, "copy");
        }
    };

    @BeforeEach
    void clearSink() {
        TestSink.drain();
    }

    @Test
    void eachKindOfHookRunsAndTheClassVerifies() throws Exception {
        Class<?> woven = load(weave(HOOKS), "woven");
        Constructor<?> constructor = woven.getConstructor(String.class);
        Object target = constructor.newInstance("t");
        assertEquals(List.of("constructing WovenTarget [t]", "constructed WovenTarget"), TestSink.drain());
        InvocationTargetException failed = assertThrows(InvocationTargetException.class, () -> constructor.newInstance("fail"));
        assertInstanceOf(IllegalStateException.class, failed.getCause());
        assertEquals(List.of("constructing WovenTarget [fail]", "thrownInConstructor"), TestSink.drain());

        call(woven, target, "skippable", "skip");
        call(woven, target, "skippable", "run");
        assertEquals(List.of("body run"), TestSink.drain());

        // a skipped call runs neither the entry nor the exit advice; one that throws runs the handler's
        call(woven, target, "guarded", "skip");
        call(woven, target, "guarded", "run");
        assertThrows(InvocationTargetException.class, () -> call(woven, target, "guarded", "throw"));
        assertEquals(List.of("enter guarded", "guarded body run", "exit guarded", "enter guarded", "exit guarded"), TestSink.drain());

        assertEquals(7, call(woven, target, "doubled", 3));

        assertEquals("a+a+", call(woven, target, "looping", 2L, 1.5, "a"));
        assertEquals(List.of("enter 2 a", "exit a+a+ 2"), TestSink.drain());

        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> call(woven, target, "looping", 2L, 1.5, "throw"));
        assertInstanceOf(IllegalArgumentException.class, thrown.getCause());
        assertEquals(List.of("enter 2 throw", "thrown"), TestSink.drain());

        assertEquals(300, call(woven, null, "measured", "abc"));
        assertEquals("x, replaced", call(woven, null, "copied", "x"));
    }

    @Test
    void aHookThatMatchesNothingIsAProblem() throws IOException {
        TypeInstrumentation missing = new TypeInstrumentation() {
            @Override
            public String typeName() {
                return TARGET;
            }

            @Override
            public void declareHooks(Hooks hooks) {
                hooks.method("noSuchMethod", 0, ADVICE).atEntry("constructed", Arg.THIS);
                hooks.replaceCalls("java.lang.String", "noSuchCall", "()V", ADVICE, "length");
            }
        };
        List<String> problems = Weaver.dryRun(classFile(), getClass().getClassLoader(), List.of(missing));

        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("no method noSuchMethod(0 parameters)"), problems::toString);
        assertTrue(problems.get(1).startsWith("no call of java.lang.String.noSuchCall()V"), problems::toString);
        assertEquals(List.of(), Weaver.dryRun(classFile(), getClass().getClassLoader(), List.of(HOOKS)));
    }

    @Test
    void aPoisonedClassCannotBeUsed() throws Exception {
        Class<?> poisoned = load(Poison.poison(classFile(), "soft-delete-agent: cannot hook it"), "poisoned");

        ExceptionInInitializerError thrown = assertThrows(ExceptionInInitializerError.class,
                () -> Class.forName(TARGET, true, poisoned.getClassLoader()));
        assertEquals("soft-delete-agent: cannot hook it", thrown.getCause().getMessage());
    }

    private static byte[] weave(TypeInstrumentation instrumentation) throws IOException {
        return Weaver.weave(TARGET, classFile(), WeaverTest.class.getClassLoader(), List.of(instrumentation));
    }

    private static byte[] classFile() throws IOException {
        try (InputStream in = WeaverTest.class.getResourceAsStream("WovenTarget.class")) {
            return in.readAllBytes();
        }
    }

    private static Object call(Class<?> type, Object target, String name, Object... arguments) throws Exception {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                return method.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(name);
    }

    /** Defines the bytes in a loader of their own, as a Hibernate class would be, child of the test's. */
    private static Class<?> load(byte[] classFile, String loaderName) throws ClassNotFoundException {
        ClassLoader loader = new ClassLoader(loaderName, WeaverTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(TARGET)) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : defineClass(name, classFile, 0, classFile.length);
                }
            }
        };
        return Class.forName(TARGET, false, loader);
    }
}
