package io.softdelete.agent.hibernate.boot;

import net.bytebuddy.asm.Advice;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.RootClass;

public final class BindSoftDeleteAdvice {
    private BindSoftDeleteAdvice() {
    }

    @Advice.OnMethodExit(inline = false)
    public static void bindConfiguredRoot(@Advice.Argument(1) RootClass rootClass,
                                          @Advice.Argument(2) MetadataBuildingContext context) {
        SoftDeleteBinding.bind(rootClass, context);
    }
}
