package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every load by id of an entity passes through {@code DefaultLoadEventListener.onLoad} with a type that
 * says why: {@code GET} and {@code LOAD} for the application's {@code find} and {@code getReference},
 * {@code INTERNAL_LOAD_*} for to-one associations, {@code IMMEDIATE_LOAD} when a proxy is initialized.
 * The advice marks the loads that are navigation, and remembers the proxies {@code getReference} hands out.
 */
public final class LoadEventInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.event.internal.DefaultLoadEventListener";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("onLoad", 2, getClass().getPackageName() + ".LoadEventAdvice")
                .atEntry("markNavigation", Arg.argument(0), Arg.argument(1))
                .atExit("restoreNavigation", Arg.argument(0), Arg.argument(1))
                .onThrow("endNavigation");
    }
}
