package io.softdelete.agent.bootstrap;

import java.util.ArrayList;
import java.util.List;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes the hooks of one class with ASM (the copy inside Byte Buddy): advice calls and call-site rewrites,
 * all bound through {@code invokedynamic}. The class keeps its shape (no new members), so the same works on
 * retransformation. Nothing is resolved and no other class is loaded while a class is woven.
 */
final class Weaver {
    private Weaver() {
    }

    static byte[] weave(String typeName, byte[] classFile, ClassLoader loader, List<TypeInstrumentation> instrumentations) {
        WeavingHooks hooks = declare(loader, instrumentations);
        ClassReader reader = new ClassReader(classFile);
        // given the reader, the writer copies the methods no hook touches as they are
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(visitors(writer, hooks), 0);
        byte[] woven = writer.toByteArray();
        HookRegistry.recordApplied(loader, typeName, hooks.problems());
        return woven;
    }

    /**
     * What weaving the class would find amiss, without weaving it: for a class Hibernate has not loaded yet,
     * which the boot checks do not load only to find out.
     */
    static List<String> dryRun(byte[] classFile, ClassLoader loader, List<TypeInstrumentation> instrumentations) {
        WeavingHooks hooks = declare(loader, instrumentations);
        // methods are matched by their declaration; only call sites need the code
        int flags = hooks.rewriters.isEmpty() ? ClassReader.SKIP_CODE : ClassReader.SKIP_FRAMES;
        new ClassReader(classFile).accept(visitors(null, hooks), flags | ClassReader.SKIP_DEBUG);
        return hooks.problems();
    }

    private static WeavingHooks declare(ClassLoader loader, List<TypeInstrumentation> instrumentations) {
        WeavingHooks hooks = new WeavingHooks(loader);
        for (TypeInstrumentation instrumentation : instrumentations) {
            instrumentation.declareHooks(hooks);
        }
        return hooks;
    }

    private static ClassVisitor visitors(ClassVisitor writer, WeavingHooks hooks) {
        ClassVisitor visitor = new AdvisingClassVisitor(writer, hooks.methods);
        for (CallSiteRewriter rewriter : hooks.rewriters) {
            visitor = rewriter.wrap(visitor);
        }
        return visitor;
    }

    private static final class AdvisingClassVisitor extends ClassVisitor {
        private final List<MethodHookSpec> specs;
        private String owner;

        AdvisingClassVisitor(ClassVisitor next, List<MethodHookSpec> specs) {
            super(Opcodes.ASM9, next);
            this.specs = specs;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor visitor = super.visitMethod(access, name, descriptor, signature, exceptions);
            for (MethodHookSpec spec : specs) {
                if (spec.matches(name, descriptor) && (access & Opcodes.ACC_ABSTRACT) == 0) {
                    spec.matched++;
                    visitor = new AdvisingMethodVisitor(visitor, owner, access, name, descriptor, spec);
                }
            }
            return visitor;
        }
    }

    private static final class WeavingHooks implements Hooks {
        private final ClassLoader loader;
        private final List<MethodHookSpec> methods = new ArrayList<>();
        private final List<CallSiteRewriter> rewriters = new ArrayList<>();

        WeavingHooks(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public MethodHooks method(String name, int parameterCount, String adviceClassName) {
            return method(name, parameterCount, null, adviceClassName);
        }

        @Override
        public MethodHooks method(String name, int parameterCount, String firstParameterType, String adviceClassName) {
            MethodHookSpec spec = new MethodHookSpec(name, parameterCount, firstParameterType, adviceClassName);
            methods.add(spec);
            return spec;
        }

        @Override
        public void replaceCalls(String calledOwner, String calledName, String calledDescriptor, String replacementClassName,
                                 String replacement) {
            rewriters.add(new CallSiteRewriter(calledOwner, calledName, calledDescriptor, replacementClassName, replacement));
        }

        @Override
        public boolean canSee(String className) {
            return loader.getResource(className.replace('.', '/') + ".class") != null;
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (MethodHookSpec spec : methods) {
                if (spec.matched == 0) {
                    problems.add("no method " + spec.describe());
                }
            }
            for (CallSiteRewriter rewriter : rewriters) {
                if (rewriter.rewritten() == 0) {
                    problems.add("no call of " + rewriter.describe() + " to replace");
                }
            }
            return problems;
        }
    }
}
