package io.softdelete.agent.bootstrap;

import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.pool.TypePool;

/**
 * Turns every call of one method, named by the call's owner type, name and descriptor, into an
 * {@code invokedynamic} bound by {@link IndyBootstrap} to a static replacement, which receives the
 * receiver (for an instance method) and the arguments. The stack is the same before and after, so no frame
 * changes. Matching is on the call instruction alone: nothing is resolved, which keeps a large class such as
 * Hibernate's {@code ToOneAttributeMapping} cheap to rewrite.
 */
final class CallSiteRewriter extends AsmVisitorWrapper.AbstractBase {
    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC,
            IndyBootstrap.class.getName().replace('.', '/'), "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)"
                    + "Ljava/lang/invoke/CallSite;", false);

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

    /** How many call sites were rewritten, once the class has been made. */
    int rewritten() {
        return rewritten;
    }

    String describe() {
        return calledOwner.replace('/', '.') + "." + calledName + calledDescriptor;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
                             Implementation.Context implementationContext, TypePool typePool,
                             FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
                             int writerFlags, int readerFlags) {
        return new ClassVisitor(Opcodes.ASM9, classVisitor) {
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
                            super.visitInvokeDynamicInsn(replacement, replacementDescriptor, BOOTSTRAP, replacementClassName);
                        } else {
                            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                        }
                    }
                };
            }
        };
    }
}
