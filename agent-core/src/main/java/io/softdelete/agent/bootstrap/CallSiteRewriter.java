package io.softdelete.agent.bootstrap;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Turns every call of one method, named by the call's owner type, name and descriptor, into an
 * {@code invokedynamic} bound by {@link IndyBootstrap} to a static replacement, which receives the
 * receiver (for an instance method) and the arguments. The stack is the same before and after, so no frame
 * changes. Matching is on the call instruction alone: nothing is resolved.
 */
final class CallSiteRewriter {
    private final String calledOwner;
    private final String calledName;
    private final String calledDescriptor;
    private final String replacementClassName;
    private final String replacement;
    private int rewritten;

    CallSiteRewriter(String calledOwnerName, String calledName, String calledDescriptor, String replacementClassName,
                     String replacement) {
        this.calledOwner = calledOwnerName.replace('.', '/');
        this.calledName = calledName;
        this.calledDescriptor = calledDescriptor;
        this.replacementClassName = replacementClassName;
        this.replacement = replacement;
    }

    /** How many call sites were rewritten, once the class has been written. */
    int rewritten() {
        return rewritten;
    }

    String describe() {
        return calledOwner.replace('/', '.') + "." + calledName + calledDescriptor;
    }

    ClassVisitor wrap(ClassVisitor next) {
        return new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                        if (owner.equals(calledOwner) && name.equals(calledName) && descriptor.equals(calledDescriptor)) {
                            rewritten++;
                            String replacementDescriptor = opcode == Opcodes.INVOKESTATIC
                                    ? descriptor : "(L" + owner + ";" + descriptor.substring(1);
                            super.visitInvokeDynamicInsn(replacement, replacementDescriptor,
                                    AdvisingMethodVisitor.BOOTSTRAP, replacementClassName);
                        } else {
                            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                        }
                    }
                };
            }
        };
    }
}
