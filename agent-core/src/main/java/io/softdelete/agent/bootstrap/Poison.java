package io.softdelete.agent.bootstrap;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Makes a class that could not get its hooks unusable: its static initializer throws, so that nothing in
 * Hibernate can run through it without them. A silent fallback to the unhooked class could be a real DELETE.
 */
final class Poison {
    private static final String CLASS_INITIALIZER = "<clinit>";

    private Poison() {
    }

    static byte[] poison(byte[] classFile, String message) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                // the class's own initializer is replaced
                return name.equals(CLASS_INITIALIZER) ? null : super.visitMethod(access, name, descriptor, signature, exceptions);
            }

            @Override
            public void visitEnd() {
                MethodVisitor initializer = super.visitMethod(Opcodes.ACC_STATIC, CLASS_INITIALIZER, "()V", null, null);
                initializer.visitCode();
                initializer.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
                initializer.visitInsn(Opcodes.DUP);
                initializer.visitLdcInsn(message);
                initializer.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>",
                        "(Ljava/lang/String;)V", false);
                initializer.visitInsn(Opcodes.ATHROW);
                initializer.visitMaxs(0, 0);
                initializer.visitEnd();
                super.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }
}
