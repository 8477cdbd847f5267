package io.softdelete.agent.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes one {@link MethodHookSpec} into a method: advice calls on entry, before each return and, for
 * {@code onThrow}, in a handler around the whole body that calls the advice and rethrows. Each call is an
 * {@code invokedynamic} bound by {@link IndyBootstrap}.
 * <p>
 * The class is read with expanded frames. The only new local is the one that keeps what the entry advice
 * returned; it lies past all of the method's own locals and is added to each of its frames, so that the
 * handler's frame holds throughout the body. Everything else is passed on the stack.
 */
final class AdvisingMethodVisitor extends MethodVisitor {
    static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC,
            IndyBootstrap.class.getName().replace('.', '/'), "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)"
                    + "Ljava/lang/invoke/CallSite;", false);
    private static final String OBJECT = "java/lang/Object";

    private final String owner;
    private final boolean isStatic;
    private final Type[] parameters;
    private final Type returned;
    private final MethodHookSpec spec;
    /** The slot of the kept entry result, or -1. */
    private final int kept;
    private final Label bodyStart = new Label();
    private final Label bodyEnd = new Label();
    private final Label handler = new Label();

    AdvisingMethodVisitor(MethodVisitor next, String owner, int access, String descriptor, MethodHookSpec spec,
                          int maxLocals) {
        super(Opcodes.ASM9, next);
        this.owner = owner;
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.parameters = Type.getArgumentTypes(descriptor);
        this.returned = Type.getReturnType(descriptor);
        this.spec = spec;
        this.kept = spec.keepsEntryResult ? maxLocals : -1;
        if (spec.skip != null && returned.getSort() != Type.VOID) {
            throw new IllegalArgumentException("only a void method can be skipped: " + spec.describe());
        }
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (spec.onThrow != null) {
            super.visitTryCatchBlock(bodyStart, bodyEnd, handler, "java/lang/Throwable");
        }
        if (spec.skip != null) {
            String descriptor = descriptor(spec.skip.args(), "", "Z");
            pushArgs(spec.skip.args());
            invoke(spec.skip.method(), descriptor);
            Label proceed = new Label();
            super.visitJumpInsn(Opcodes.IFEQ, proceed);
            super.visitInsn(Opcodes.RETURN);
            super.visitLabel(proceed);
            Object[] locals = entryLocals();
            super.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        }
        if (spec.entry != null) {
            pushArgs(spec.entry.args());
            invoke(spec.entry.method(), descriptor(spec.entry.args(), "", spec.keepsEntryResult ? "L" + OBJECT + ";" : "V"));
            if (kept >= 0) {
                super.visitVarInsn(Opcodes.ASTORE, kept);
            }
        }
        super.visitLabel(bodyStart);
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
        String keptDescriptor = kept >= 0 ? "L" + OBJECT + ";" : "";
        if (spec.replacesReturn) {
            pushArgs(spec.exit.args());
            loadKept();
            invoke(spec.exit.method(), descriptor(spec.exit.args(), valueDescriptor, returned.getDescriptor(), keptDescriptor));
        } else {
            if (hasValue) {
                super.visitInsn(returned.getSize() == 2 ? Opcodes.DUP2 : Opcodes.DUP);
            }
            pushArgs(spec.exit.args());
            loadKept();
            invoke(spec.exit.method(), descriptor(spec.exit.args(), valueDescriptor, "V", keptDescriptor));
        }
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (kept < 0 || type != Opcodes.F_NEW) {
            super.visitFrame(type, numLocal, local, numStack, stack);
            return;
        }
        List<Object> locals = new ArrayList<>(Arrays.asList(local).subList(0, numLocal));
        int slots = 0;
        for (Object each : locals) {
            slots += each == Opcodes.LONG || each == Opcodes.DOUBLE ? 2 : 1;
        }
        while (slots++ < kept) {
            locals.add(Opcodes.TOP);
        }
        locals.add(OBJECT);
        super.visitFrame(type, locals.size(), locals.toArray(), numStack, stack);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (spec.onThrow != null) {
            super.visitLabel(bodyEnd);
            super.visitLabel(handler);
            List<Object> locals = new ArrayList<>();
            if (kept >= 0) {
                for (int slot = 0; slot < kept; slot++) {
                    locals.add(Opcodes.TOP);
                }
                locals.add(OBJECT);
            }
            super.visitFrame(Opcodes.F_NEW, locals.size(), locals.toArray(), 1, new Object[] {"java/lang/Throwable"});
            loadKept();
            invoke(spec.onThrow.method(), kept >= 0 ? "(L" + OBJECT + ";)V" : "()V");
            super.visitInsn(Opcodes.ATHROW);
        }
        super.visitMaxs(maxStack, maxLocals);
    }

    private void loadKept() {
        if (kept >= 0) {
            super.visitVarInsn(Opcodes.ALOAD, kept);
        }
    }

    private void invoke(String adviceMethod, String descriptor) {
        super.visitInvokeDynamicInsn(adviceMethod, descriptor, BOOTSTRAP, spec.adviceClassName);
    }

    private String descriptor(List<Arg> args, String first, String result) {
        return descriptor(args, first, result, "");
    }

    private String descriptor(List<Arg> args, String first, String result, String last) {
        StringBuilder descriptor = new StringBuilder("(").append(first);
        for (Arg arg : args) {
            descriptor.append(switch (arg.kind) {
                case THIS -> "L" + owner + ";";
                case ARGUMENT -> parameters[arg.index].getDescriptor();
                case ALL_ARGUMENTS -> "[L" + OBJECT + ";";
                case DECLARING_CLASS -> "Ljava/lang/Class;";
            });
        }
        return descriptor.append(last).append(')').append(result).toString();
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

    /** The frame on entry: {@code this} and the parameters. */
    private Object[] entryLocals() {
        List<Object> locals = new ArrayList<>();
        if (!isStatic) {
            locals.add(owner);
        }
        for (Type parameter : parameters) {
            locals.add(switch (parameter.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> Opcodes.INTEGER;
                case Type.FLOAT -> Opcodes.FLOAT;
                case Type.LONG -> Opcodes.LONG;
                case Type.DOUBLE -> Opcodes.DOUBLE;
                case Type.ARRAY -> parameter.getDescriptor();
                default -> parameter.getInternalName();
            });
        }
        return locals.toArray();
    }
}
