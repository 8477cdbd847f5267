package io.softdelete.agent.hibernate.boot;

import org.hibernate.boot.model.source.internal.hbm.EntityHierarchySourceImpl;
import org.hibernate.boot.model.source.internal.hbm.MappingDocument;
import org.hibernate.boot.model.source.internal.hbm.ModelBinder;
import org.hibernate.mapping.RootClass;

public final class HbmHierarchyBinding {
    private HbmHierarchyBinding() {
    }

    /** Stands in for {@code ModelBinder.bindEntityHierarchy} inside {@code HbmMetadataSourceProcessorImpl}. */
    public static void bindEntityHierarchy(ModelBinder binder, EntityHierarchySourceImpl hierarchy) {
        binder.bindEntityHierarchy(hierarchy);
        // the root's own mapping document is the building context its columns were named in
        MappingDocument document = hierarchy.getRootEntityMappingDocument();
        String rootEntityName = hierarchy.getRoot().getEntityNamingSource().getEntityName();
        SoftDeleteBinding.bind((RootClass) document.getMetadataCollector().getEntityBinding(rootEntityName), document);
    }
}
