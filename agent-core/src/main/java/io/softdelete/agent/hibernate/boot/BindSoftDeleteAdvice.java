package io.softdelete.agent.hibernate.boot;

import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.RootClass;

public final class BindSoftDeleteAdvice {
    private BindSoftDeleteAdvice() {
    }

    public static void bindConfiguredRoot(RootClass rootClass, MetadataBuildingContext context) {
        SoftDeleteBinding.bind(rootClass, context);
    }
}
