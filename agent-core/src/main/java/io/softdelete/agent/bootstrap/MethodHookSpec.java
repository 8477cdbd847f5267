package io.softdelete.agent.bootstrap;

import java.util.List;

import net.bytebuddy.jar.asm.Type;

/** The methods one {@link Hooks#method} call selects, and the advice they get. */
final class MethodHookSpec implements MethodHooks {
    /** One advice call: which method, with what. */
    record Call(String method, List<Arg> args) {
    }

    final String name;
    final int parameterCount;
    final String firstParameterDescriptor;
    final String adviceClassName;
    Call entry;
    Call skip;
    Call exit;
    boolean replacesReturn;
    Call onThrow;
    int matched;

    MethodHookSpec(String name, int parameterCount, String firstParameterType, String adviceClassName) {
        this.name = name;
        this.parameterCount = parameterCount;
        this.firstParameterDescriptor = firstParameterType == null ? null : "L" + firstParameterType.replace('.', '/') + ";";
        this.adviceClassName = adviceClassName;
    }

    boolean matches(String methodName, String descriptor) {
        if (!methodName.equals(name)) {
            return false;
        }
        Type[] parameters = Type.getArgumentTypes(descriptor);
        return (parameterCount < 0 || parameters.length == parameterCount)
                && (firstParameterDescriptor == null
                        || parameters.length > 0 && parameters[0].getDescriptor().equals(firstParameterDescriptor));
    }

    String describe() {
        return name + (parameterCount < 0 ? "(...)" : "(" + parameterCount + " parameters)")
                + " advised by " + adviceClassName.substring(adviceClassName.lastIndexOf('.') + 1);
    }

    @Override
    public MethodHooks atEntry(String adviceMethod, Arg... args) {
        entry = new Call(adviceMethod, List.of(args));
        return this;
    }

    @Override
    public MethodHooks skippingWhen(String adviceMethod, Arg... args) {
        skip = new Call(adviceMethod, List.of(args));
        return this;
    }

    @Override
    public MethodHooks atExit(String adviceMethod, Arg... args) {
        exit = new Call(adviceMethod, List.of(args));
        return this;
    }

    @Override
    public MethodHooks replacingReturn(String adviceMethod, Arg... args) {
        exit = new Call(adviceMethod, List.of(args));
        replacesReturn = true;
        return this;
    }

    @Override
    public MethodHooks onThrow(String adviceMethod) {
        onThrow = new Call(adviceMethod, List.of());
        return this;
    }
}
