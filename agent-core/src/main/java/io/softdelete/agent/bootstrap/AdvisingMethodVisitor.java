package io.softdelete.agent.bootstrap;

import java.util.List;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes one {@link MethodHookSpec} into a method: advice calls on entry, before each return and, for
 * {@code onThrow}, in a handler around the whole body (the exit advice included) that calls the advice and
 * rethrows. Each call is an {@code invokedynamic} bound by {@link IndyBootstrap}.
 * <p>
 * Values are passed on the stack only: the method's locals, and so its stack map frames, stay as they
 * are. The two frames added, at the end of a skip test and at the handler, need no local. In a constructor,
 * the handler covers the body from the call of the super (or another own) constructor on: no handler may
 * cover code that runs while {@code this} is not initialized.
 */
final class AdvisingMethodVisitor extends MethodVisitor {
    static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC,
            IndyBootstrap.class.getName().replace('.', '/'), "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)"
                    + "Ljava/lang/invoke/CallSite;", false);
    private static final String OBJECT = "java/lang/Object";
    private static final String THROWABLE = "java/lang/Throwable";

    private final String owner;
    private final boolean isConstructor;
    private final boolean isStatic;
    private final Type[] parameters;
    private final Type returned;
    private final MethodHookSpec spec;
    private final Label bodyStart = new Label();
    private final Label bodyEnd = new Label();
    private final Label handler = new Label();
    /** In a constructor, until the body starts: the objects created and not yet initialized. */
    private int uninitializedNews;
    private boolean bodyStarted;

    AdvisingMethodVisitor(MethodVisitor next, String owner, int access, String name, String descriptor, MethodHookSpec spec) {
        super(Opcodes.ASM9, next);
        this.owner = owner;
        this.isConstructor = name.equals("<init>");
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.parameters = Type.getArgumentTypes(descriptor);
        this.returned = Type.getReturnType(descriptor);
        this.spec = spec;
        if (spec.skip != null && returned.getSort() != Type.VOID) {
            throw new IllegalArgumentException("only a void method can be skipped: " + spec.describe());
        }
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (spec.onThrow != null) {
            super.visitTryCatchBlock(bodyStart, bodyEnd, handler, THROWABLE);
        }
        if (spec.skip != null) {
            pushArgs(spec.skip.args());
            invoke(spec.skip.method(), descriptor(spec.skip.args(), "", "Z"));
            Label proceed = new Label();
            super.visitJumpInsn(Opcodes.IFEQ, proceed);
            super.visitInsn(Opcodes.RETURN);
            super.visitLabel(proceed);
            // the locals are the method's on entry; the nop keeps this frame apart from one the body starts with
            super.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
            super.visitInsn(Opcodes.NOP);
        }
        if (spec.entry != null) {
            pushArgs(spec.entry.args());
            invoke(spec.entry.method(), descriptor(spec.entry.args(), "", "V"));
        }
        if (!isConstructor) {
            startBody();
        }
    }

    private void startBody() {
        super.visitLabel(bodyStart);
        bodyStarted = true;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        if (opcode == Opcodes.NEW && !bodyStarted) {
            uninitializedNews++;
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (!bodyStarted && opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
            // javac pairs each NEW with its own constructor call: the unpaired one initializes this
            if (uninitializedNews == 0) {
                startBody();
            } else {
                uninitializedNews--;
            }
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (spec.exit != null && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            adviseReturn();
        }
        super.visitInsn(opcode);
    }

    private void adviseReturn() {
        boolean hasValue = returned.getSort() != Type.VOID;
        String valueDescriptor = hasValue ? returned.getDescriptor() : "";
        if (spec.replacesReturn) {
            pushArgs(spec.exit.args());
            invoke(spec.exit.method(), descriptor(spec.exit.args(), valueDescriptor, returned.getDescriptor()));
        } else {
            if (hasValue) {
                super.visitInsn(returned.getSize() == 2 ? Opcodes.DUP2 : Opcodes.DUP);
            }
            pushArgs(spec.exit.args());
            invoke(spec.exit.method(), descriptor(spec.exit.args(), valueDescriptor, "V"));
        }
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (!bodyStarted) {
            throw new IllegalStateException("no call of a super constructor in " + owner + ".<init>: " + spec.describe());
        }
        if (spec.onThrow != null) {
            super.visitLabel(bodyEnd);
            super.visitLabel(handler);
            super.visitFrame(Opcodes.F_FULL, 0, new Object[0], 1, new Object[] {THROWABLE});
            invoke(spec.onThrow.method(), "()V");
            super.visitInsn(Opcodes.ATHROW);
        }
        super.visitMaxs(maxStack, maxLocals);
    }

    private void invoke(String adviceMethod, String descriptor) {
        super.visitInvokeDynamicInsn(adviceMethod, descriptor, BOOTSTRAP, spec.adviceClassName);
    }

    private String descriptor(List<Arg> args, String first, String result) {
        StringBuilder descriptor = new StringBuilder("(").append(first);
        for (Arg arg : args) {
            descriptor.append(switch (arg.kind) {
                case THIS -> "L" + owner + ";";
                case ARGUMENT -> parameters[arg.index].getDescriptor();
                case ALL_ARGUMENTS -> "[L" + OBJECT + ";";
                case DECLARING_CLASS -> "Ljava/lang/Class;";
            });
        }
        return descriptor.append(')').append(result).toString();
    }

    private void pushArgs(List<Arg> args) {
        for (Arg arg : args) {
            switch (arg.kind) {
                case THIS -> super.visitVarInsn(Opcodes.ALOAD, 0);
                case ARGUMENT -> super.visitVarInsn(parameters[arg.index].getOpcode(Opcodes.ILOAD), slotOf(arg.index));
                case DECLARING_CLASS -> super.visitLdcInsn(Type.getObjectType(owner));
                case ALL_ARGUMENTS -> pushAllArguments();
            }
        }
    }

    private void pushAllArguments() {
        super.visitLdcInsn(parameters.length);
        super.visitTypeInsn(Opcodes.ANEWARRAY, OBJECT);
        for (int i = 0; i < parameters.length; i++) {
            super.visitInsn(Opcodes.DUP);
            super.visitLdcInsn(i);
            super.visitVarInsn(parameters[i].getOpcode(Opcodes.ILOAD), slotOf(i));
            box(parameters[i]);
            super.visitInsn(Opcodes.AASTORE);
        }
    }

    private void box(Type type) {
        if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
            return;
        }
        String wrapper = switch (type.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.FLOAT -> "java/lang/Float";
            case Type.LONG -> "java/lang/Long";
            default -> "java/lang/Double";
        };
        super.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf", "(" + type.getDescriptor() + ")L" + wrapper + ";", false);
    }

    private int slotOf(int argument) {
        int slot = isStatic ? 0 : 1;
        for (int i = 0; i < argument; i++) {
            slot += parameters[i].getSize();
        }
        return slot;
    }
}
