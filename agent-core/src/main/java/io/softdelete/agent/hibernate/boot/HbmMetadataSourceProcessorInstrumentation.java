package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where Hibernate binds the entity hierarchies mapped in {@code hbm.xml}. Unless the application sets
 * {@code hibernate.transform_hbm_xml.enabled} (off by default on every supported line), {@code hbm.xml} is bound
 * by {@code ModelBinder}, which never reaches {@link EntityBinderInstrumentation}'s hook and has no soft delete of
 * its own: each call that binds a hierarchy is followed by the binding of its configured root. The call is
 * rewritten here rather than advised inside {@code ModelBinder}, which every boot loads, hbm.xml or not, and
 * which is sixteen times the size of this class to weave.
 */
public final class HbmMetadataSourceProcessorInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.boot.model.source.internal.hbm.HbmMetadataSourceProcessorImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.replaceCalls("org.hibernate.boot.model.source.internal.hbm.ModelBinder", "bindEntityHierarchy",
                "(Lorg/hibernate/boot/model/source/internal/hbm/EntityHierarchySourceImpl;)V",
                getClass().getPackageName() + ".HbmHierarchyBinding", "bindEntityHierarchy");
    }
}
