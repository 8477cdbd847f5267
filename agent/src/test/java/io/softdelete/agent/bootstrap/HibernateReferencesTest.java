package io.softdelete.agent.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.softdelete.agent.hibernate.Instrumentations;
import io.softdelete.agent.hibernate.LineApi;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The reference check: against each Hibernate ORM release the agent supports (the jars the build copies into
 * {@code hibernate.releases}), every hook matches its class and names advice methods that exist, and the advice the
 * hooks bind there, with every class of ours it reaches, names only Hibernate classes, methods and fields that exist
 * in that release; a class of ours that extends or implements one of Hibernate's overrides only methods that are
 * still there (no silent non-override) and leaves none of its abstract methods unimplemented. The advice of each line
 * compiles against one release of it (the 7.x lines' against the newest, 6.6's in its own module); this is what
 * stands between another release and a {@code NoSuchMethodError} at a user's first removal.
 */
class HibernateReferencesTest {
    private static final String HIBERNATE = "org/hibernate/";
    private static final String OURS = "io/softdelete/agent/";

    static Stream<Path> releases() throws IOException {
        Path directory = Path.of(System.getProperty("hibernate.releases", "target/hibernate-releases"));
        List<Path> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
        assertFalse(jars.isEmpty(), "no Hibernate releases in " + directory);
        return jars.stream();
    }

    @ParameterizedTest
    @MethodSource("releases")
    void everyHookMatchesAndEveryReferenceOfItsAdviceResolves(Path release) throws IOException {
        try (ZipFile jar = new ZipFile(release.toFile());
             URLClassLoader visible = new URLClassLoader(new URL[] {release.toUri().toURL()}, null)) {
            ClassFiles classes = new ClassFiles(jar);
            List<String> problems = new ArrayList<>();
            Set<String> advice = new TreeSet<>();
            for (TypeInstrumentation instrumentation : Instrumentations.all()) {
                byte[] target = classes.bytes(instrumentation.typeName().replace('.', '/'));
                if (target == null) {
                    problems.add("no class " + instrumentation.typeName());
                    continue;
                }
                for (String problem : Weaver.dryRun(target, visible, List.of(instrumentation))) {
                    problems.add(instrumentation.typeName() + ": " + problem);
                }
                AdviceNames names = new AdviceNames(visible, advice);
                instrumentation.declareHooks(names);
                problems.addAll(names.missingMethods(classes));
            }
            // bound by name beside the Hibernate it was written for, as the hooks bind their advice
            advice.add(LineApi.implementationFor(visible).replace('.', '/'));
            problems.addAll(new References(classes).check(advice));
            assertEquals(List.of(), problems, release.getFileName().toString());
        }
    }

    /**
     * Collects the advice classes the hooks would bind on this release, and the advice methods they name, which
     * {@code IndyBootstrap} looks up by name only when Hibernate first calls them.
     */
    private static final class AdviceNames implements Hooks {
        private final ClassLoader release;
        private final Set<String> names;
        private final List<MethodHookSpec> specs = new ArrayList<>();
        private final List<String[]> replacements = new ArrayList<>();

        AdviceNames(ClassLoader release, Set<String> names) {
            this.release = release;
            this.names = names;
        }

        @Override
        public MethodHooks method(String name, int parameterCount, String adviceClassName) {
            names.add(adviceClassName.replace('.', '/'));
            MethodHookSpec spec = new MethodHookSpec(name, parameterCount, null, adviceClassName);
            specs.add(spec);
            return spec;
        }

        /** Each named advice method must be a public static method of its class. */
        List<String> missingMethods(ClassFiles classes) {
            List<String> missing = new ArrayList<>();
            for (MethodHookSpec spec : specs) {
                for (MethodHookSpec.Call call : new MethodHookSpec.Call[] {spec.entry, spec.skip, spec.exit, spec.onThrow}) {
                    if (call != null && !hasPublicStatic(classes, spec.adviceClassName, call.method())) {
                        missing.add(spec.adviceClassName + "." + call.method() + ", named by a hook of " + spec.describe()
                                + ", is not a public static method there");
                    }
                }
            }
            for (String[] replacement : replacements) {
                if (!hasPublicStatic(classes, replacement[0], replacement[1])) {
                    missing.add(replacement[0] + "." + replacement[1] + ", named to replace calls, is not a public static"
                            + " method there");
                }
            }
            return missing;
        }

        private static boolean hasPublicStatic(ClassFiles classes, String className, String method) {
            Shape shape = classes.shape(className.replace('.', '/'));
            if (shape == null) {
                return false;
            }
            for (Map.Entry<String, Integer> declared : shape.methods().entrySet()) {
                int access = declared.getValue();
                if (declared.getKey().startsWith(method + "(") && (access & Opcodes.ACC_STATIC) != 0
                        && (access & Opcodes.ACC_PUBLIC) != 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public MethodHooks method(String name, int parameterCount, String firstParameterType, String adviceClassName) {
            return method(name, parameterCount, adviceClassName);
        }

        @Override
        public void replaceCalls(String calledOwner, String calledName, String calledDescriptor, String replacementClassName,
                                 String replacement) {
            names.add(replacementClassName.replace('.', '/'));
            replacements.add(new String[] {replacementClassName, replacement});
        }

        @Override
        public boolean canSee(String className) {
            return release.getResource(className.replace('.', '/') + ".class") != null;
        }
    }

    /** Class files: Hibernate's from the release's jar only, ours and the JDK's and other libraries' from the test's. */
    private static final class ClassFiles {
        private final ZipFile jar;
        private final Map<String, Shape> shapes = new HashMap<>();

        ClassFiles(ZipFile jar) {
            this.jar = jar;
        }

        byte[] bytes(String internalName) {
            try {
                if (internalName.startsWith(HIBERNATE)) {
                    ZipEntry entry = jar.getEntry(internalName + ".class");
                    if (entry == null) {
                        return null;
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
                try (InputStream in = HibernateReferencesTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
                    return in == null ? null : in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@code null} if the class is not there. */
        Shape shape(String internalName) {
            return shapes.computeIfAbsent(internalName, name -> {
                byte[] bytes = bytes(name);
                return bytes == null ? Shape.MISSING : Shape.of(bytes);
            }).orNull();
        }
    }

    /** What resolution needs of a class: its supertypes and members. */
    private record Shape(String name, int access, String superName, List<String> interfaces, Map<String, Integer> methods,
                         Set<String> fields) {
        static final Shape MISSING = new Shape(null, 0, null, List.of(), Map.of(), Set.of());

        Shape orNull() {
            return this == MISSING ? null : this;
        }

        boolean isInterface() {
            return (access & Opcodes.ACC_INTERFACE) != 0;
        }

        static Shape of(byte[] bytes) {
            ClassReader reader = new ClassReader(bytes);
            Map<String, Integer> methods = new HashMap<>();
            Set<String> fields = new LinkedHashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    methods.put(name + descriptor, access);
                    return null;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    fields.add(name + ":" + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new Shape(reader.getClassName(), reader.getAccess(), reader.getSuperName(),
                    List.of(reader.getInterfaces()), methods, fields);
        }
    }

    /** Walks our classes from the advice, checking each name of Hibernate's they use. */
    private static final class References {
        private final ClassFiles classes;
        private final Set<String> problems = new TreeSet<>();

        References(ClassFiles classes) {
            this.classes = classes;
        }

        Set<String> check(Set<String> advice) {
            Deque<String> todo = new ArrayDeque<>(advice);
            Set<String> seen = new LinkedHashSet<>();
            while (!todo.isEmpty()) {
                String ours = todo.pop();
                if (!seen.add(ours)) {
                    continue;
                }
                byte[] bytes = classes.bytes(ours);
                if (bytes == null) {
                    problems.add(ours + ": not found");
                    continue;
                }
                new ClassReader(bytes).accept(new Reader(ours, todo), ClassReader.SKIP_FRAMES);
                checkOverrides(classes.shape(ours));
            }
            return problems;
        }

        private void type(String user, Type type) {
            while (type.getSort() == Type.ARRAY) {
                type = type.getElementType();
            }
            if (type.getSort() == Type.OBJECT) {
                type(user, type.getInternalName());
            } else if (type.getSort() == Type.METHOD) {
                type(user, type.getReturnType());
                for (Type argument : type.getArgumentTypes()) {
                    type(user, argument);
                }
            }
        }

        private void type(String user, String internalName) {
            if (internalName.startsWith("[")) {
                type(user, Type.getType(internalName));
            } else if (internalName.startsWith(HIBERNATE) && classes.shape(internalName) == null) {
                problems.add(user + " names class " + internalName.replace('/', '.') + ", which is not there");
            }
        }

        private void method(String user, String owner, String name, String descriptor) {
            if (owner.startsWith("[")) {
                return;
            }
            type(user, owner);
            type(user, Type.getMethodType(descriptor));
            if (owner.startsWith(HIBERNATE) && classes.shape(owner) != null && findMethod(owner, name + descriptor) == null) {
                problems.add(user + " calls " + owner.replace('/', '.') + "." + name + descriptor + ", which is not there");
            }
        }

        /** A class that became an interface, or the other way round, fails the call with IncompatibleClassChangeError. */
        private void kind(String user, String owner, boolean calledAsInterface) {
            Shape shape = owner.startsWith(HIBERNATE) ? classes.shape(owner) : null;
            if (shape != null && shape.isInterface() != calledAsInterface) {
                problems.add(user + " calls " + owner.replace('/', '.') + " as " + (calledAsInterface ? "an interface" : "a class")
                        + ", which it is not there");
            }
        }

        private void field(String user, String owner, String name, String descriptor) {
            type(user, owner);
            type(user, Type.getType(descriptor));
            if (owner.startsWith(HIBERNATE) && classes.shape(owner) != null && !hasField(owner, name + ":" + descriptor)) {
                problems.add(user + " reads " + owner.replace('/', '.') + "." + name + ", which is not there");
            }
        }

        /** The class declaring the method, as the JVM resolves it: the class, its superclasses, then its interfaces. */
        private Shape findMethod(String owner, String nameAndDescriptor) {
            for (String name = owner; name != null; ) {
                Shape shape = classes.shape(name);
                if (shape == null) {
                    return null;
                }
                if (shape.methods().containsKey(nameAndDescriptor)) {
                    return shape;
                }
                name = shape.superName();
            }
            return findInInterfaces(owner, nameAndDescriptor, new LinkedHashSet<>());
        }

        private Shape findInInterfaces(String owner, String nameAndDescriptor, Set<String> seen) {
            Shape shape = classes.shape(owner);
            if (shape == null || !seen.add(owner)) {
                return null;
            }
            for (String candidate : supertypes(shape)) {
                Shape found = classes.shape(candidate);
                if (found != null && found.isInterface() && found.methods().containsKey(nameAndDescriptor)) {
                    return found;
                }
                Shape deeper = findInInterfaces(candidate, nameAndDescriptor, seen);
                if (deeper != null) {
                    return deeper;
                }
            }
            return null;
        }

        private boolean hasField(String owner, String nameAndDescriptor) {
            Shape shape = classes.shape(owner);
            if (shape == null) {
                return false;
            }
            if (shape.fields().contains(nameAndDescriptor)) {
                return true;
            }
            for (String supertype : supertypes(shape)) {
                if (hasField(supertype, nameAndDescriptor)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> supertypes(Shape shape) {
            List<String> supertypes = new ArrayList<>(shape.interfaces());
            if (shape.superName() != null) {
                supertypes.add(0, shape.superName());
            }
            return supertypes;
        }

        /**
         * A class of ours below one of Hibernate's: each instance method it declares overrides one of a supertype,
         * and, if it is concrete, each abstract method of its supertypes has an implementation.
         */
        private void checkOverrides(Shape ours) {
            boolean extendsHibernate = false;
            for (String supertype : supertypes(ours)) {
                extendsHibernate |= supertype.startsWith(HIBERNATE);
            }
            if (!extendsHibernate) {
                return;
            }
            for (Map.Entry<String, Integer> method : ours.methods().entrySet()) {
                int access = method.getValue();
                String nameAndDescriptor = method.getKey();
                if ((access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) != 0
                        || nameAndDescriptor.startsWith("<")) {
                    continue;
                }
                if (!inSupertypes(ours, nameAndDescriptor)) {
                    problems.add(ours.name() + "." + nameAndDescriptor + " overrides nothing of its supertypes");
                }
            }
            if ((ours.access() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
                return;
            }
            Map<String, String> abstractMethods = new HashMap<>();
            collectAbstract(ours.name(), abstractMethods, new LinkedHashSet<>());
            abstractMethods.forEach((nameAndDescriptor, declarer) -> {
                if (!implemented(ours.name(), nameAndDescriptor)) {
                    problems.add(ours.name() + " does not implement " + declarer.replace('/', '.') + "." + nameAndDescriptor);
                }
            });
        }

        private boolean inSupertypes(Shape ours, String nameAndDescriptor) {
            for (String supertype : supertypes(ours)) {
                if (classes.shape(supertype) != null && findMethod(supertype, nameAndDescriptor) != null) {
                    return true;
                }
            }
            return false;
        }

        private void collectAbstract(String name, Map<String, String> abstractMethods, Set<String> seen) {
            Shape shape = classes.shape(name);
            if (shape == null || !seen.add(name)) {
                return;
            }
            shape.methods().forEach((nameAndDescriptor, access) -> {
                if ((access & Opcodes.ACC_ABSTRACT) != 0 && (access & Opcodes.ACC_STATIC) == 0) {
                    abstractMethods.putIfAbsent(nameAndDescriptor, name);
                }
            });
            for (String supertype : supertypes(shape)) {
                collectAbstract(supertype, abstractMethods, seen);
            }
        }

        /** A concrete method in the class chain, or a default method in any interface. */
        private boolean implemented(String name, String nameAndDescriptor) {
            for (String current = name; current != null; ) {
                Shape shape = classes.shape(current);
                if (shape == null) {
                    return false;
                }
                Integer access = shape.methods().get(nameAndDescriptor);
                if (access != null && (access & Opcodes.ACC_ABSTRACT) == 0) {
                    return true;
                }
                current = shape.superName();
            }
            return hasDefault(name, nameAndDescriptor, new LinkedHashSet<>());
        }

        private boolean hasDefault(String name, String nameAndDescriptor, Set<String> seen) {
            Shape shape = classes.shape(name);
            if (shape == null || !seen.add(name)) {
                return false;
            }
            Integer access = shape.methods().get(nameAndDescriptor);
            if (shape.isInterface() && access != null && (access & Opcodes.ACC_ABSTRACT) == 0) {
                return true;
            }
            for (String supertype : supertypes(shape)) {
                if (hasDefault(supertype, nameAndDescriptor, seen)) {
                    return true;
                }
            }
            return false;
        }

        private final class Reader extends ClassVisitor {
            private final String user;
            private final Deque<String> todo;

            Reader(String user, Deque<String> todo) {
                super(Opcodes.ASM9);
                this.user = user;
                this.todo = todo;
            }

            private void ours(String internalName) {
                if (internalName.startsWith(OURS)) {
                    todo.push(internalName);
                }
            }

            private void named(String internalName) {
                ours(internalName);
                type(user, internalName);
            }

            private void described(Type type) {
                while (type.getSort() == Type.ARRAY) {
                    type = type.getElementType();
                }
                if (type.getSort() == Type.OBJECT) {
                    named(type.getInternalName());
                } else if (type.getSort() == Type.METHOD) {
                    described(type.getReturnType());
                    for (Type argument : type.getArgumentTypes()) {
                        described(argument);
                    }
                }
            }

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                if (superName != null) {
                    named(superName);
                }
                for (String implemented : interfaces) {
                    named(implemented);
                }
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
                ours(name);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                described(Type.getType(descriptor));
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                described(Type.getMethodType(descriptor));
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        named(type);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                        ours(owner);
                        field(user, owner, fieldName, fieldDescriptor);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor,
                                                boolean isInterface) {
                        ours(owner);
                        described(Type.getMethodType(methodDescriptor));
                        method(user, owner, methodName, methodDescriptor);
                        kind(user, owner, isInterface);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... arguments) {
                        described(Type.getMethodType(indyDescriptor));
                        String functional = Type.getReturnType(indyDescriptor).getInternalName();
                        if (bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory") && functional.startsWith(HIBERNATE)
                                && arguments.length > 0 && arguments[0] instanceof Type implemented
                                && classes.shape(functional) != null && findMethod(functional, indyName + implemented.getDescriptor()) == null) {
                            problems.add(user + " implements " + functional.replace('/', '.') + "." + indyName
                                    + implemented.getDescriptor() + " with a lambda, which is not there");
                        }
                        for (Object argument : arguments) {
                            if (argument instanceof Handle handle) {
                                ours(handle.getOwner());
                                if (handle.getTag() >= Opcodes.H_INVOKEVIRTUAL) {
                                    method(user, handle.getOwner(), handle.getName(), handle.getDesc());
                                } else {
                                    field(user, handle.getOwner(), handle.getName(), handle.getDesc());
                                }
                            } else if (argument instanceof Type type) {
                                described(type);
                            }
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object constant) {
                        if (constant instanceof Type type) {
                            described(type);
                        }
                    }

                    @Override
                    public void visitTryCatchBlock(net.bytebuddy.jar.asm.Label start, net.bytebuddy.jar.asm.Label end,
                                                   net.bytebuddy.jar.asm.Label handler, String type) {
                        if (type != null) {
                            named(type);
                        }
                    }
                };
            }
        }
    }
}
