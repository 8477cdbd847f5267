package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.AgentConfig;
import io.softdelete.agent.EntitySettings;
import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.Strategy;
import io.softdelete.agent.hibernate.LineApi;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.boot.model.internal.SoftDeleteHelper;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.RootClass;

/**
 * Gives a configured entity root the soft-delete indicator Hibernate would bind for {@code @SoftDelete}:
 * a column on the root table, written on insert and on removal, read by every restriction.
 */
final class SoftDeleteBinding {
    private SoftDeleteBinding() {
    }

    static void bind(RootClass rootClass, MetadataBuildingContext context) {
        AgentConfig config = SoftDeleteAgent.config();
        if (config == null || !config.selects(rootClass.getEntityName(), rootClass.getClassName())) {
            return;
        }
        if (rootClass.getSoftDeleteColumn() != null) {
            SoftDeleteEntities.unbound(rootClass.getEntityName(), SoftDeleteEntities.Unbound.ANNOTATED);
            return;
        }
        if (rootClass.getRootTable().isSubselect()) {
            // a @Subselect entity maps a query: it has no row of its own to keep, and no table for the flag
            SoftDeleteEntities.unbound(rootClass.getEntityName(), SoftDeleteEntities.Unbound.VIEW);
            return;
        }
        EntitySettings settings = config.settingsFor(rootClass.getEntityName(), rootClass.getClassName());
        SoftDeleteHelper.bindSoftDeleteIndicator(LineApi.current().softDelete(rootClass.getEntityName(), settings), rootClass, rootClass.getRootTable(), context);
        Column indicator = rootClass.getSoftDeleteColumn();
        // a default lets the migration add the column to a table that already has rows
        if (settings.strategy() != Strategy.TIMESTAMP) {
            indicator.setDefaultValue(context.getMetadataCollector().getDatabase().getDialect()
                    .toBooleanValueString(settings.strategy() == Strategy.ACTIVE));
        }
        context.getMetadataCollector().addSecondPass(ignored -> makeFlagFieldsReadOnly(rootClass, indicator));
        SoftDeleteEntities.bound(rootClass.getEntityName(), settings);
    }

    /**
     * An entity may already map the flag column as a field of its own. Hibernate writes the column itself,
     * so the field becomes a read-only view of it, as {@code @SoftDelete} requires; whether its type fits the
     * strategy's, the boot checks decide once the types are resolved.
     */
    private static void makeFlagFieldsReadOnly(RootClass rootClass, Column indicator) {
        for (FlagFields.FlagField field : FlagFields.of(rootClass, indicator)) {
            field.property().setInsertable(false);
            LineApi.current().setUpdatable(field.property(), false);
        }
    }
}
