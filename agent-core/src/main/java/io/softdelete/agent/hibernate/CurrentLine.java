package io.softdelete.agent.hibernate;

import io.softdelete.agent.SoftDeleteAgent;

/** The one {@link LineApi} per Hibernate: this class is loaded once beside each. */
final class CurrentLine {
    static final LineApi API = load();

    private CurrentLine() {
    }

    private static LineApi load() {
        ClassLoader loader = CurrentLine.class.getClassLoader();
        String implementation = LineApi.implementationFor(loader);
        try {
            return (LineApi) Class.forName(implementation, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(SoftDeleteAgent.PREFIX + "cannot load " + implementation, e);
        }
    }
}
