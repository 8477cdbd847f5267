package io.softdelete.agent.hibernate.read;

import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityNameUse;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;

/**
 * In a JOINED hierarchy the flag is a column of the root table, which the table group of a subclass reaches
 * through a table reference join. When a query is translated, Hibernate prunes every such join that no
 * registered use of the entity mapping its table asks for, and a restriction in a join's ON registers none: the
 * restriction would name a table the SQL no longer has. Hibernate registers the use itself for the root of a
 * query and for the foreign key of a to-one; this does the same for the restrictions of joins.
 */
final class FlagTable {
    private FlagTable() {
    }

    static void keep(TableGroup group, EntityMappingType entity, SqlAstCreationState creationState) {
        String flagTable = entity.getSoftDeleteTableDetails().getTableName();
        if (!creationState.supportsEntityNameUsage() || flagTable.equals(ownTable(entity))) {
            return;
        }
        for (EntityMappingType type = entity.getSuperMappingType(); type != null; type = type.getSuperMappingType()) {
            if (flagTable.equals(ownTable(type))) {
                creationState.registerEntityNameUsage(group, EntityNameUse.EXPRESSION, type.getEntityName());
                return;
            }
        }
    }

    /** The table of the type's own columns; every entity persister Hibernate builds is an abstract one. */
    private static String ownTable(EntityMappingType type) {
        return ((AbstractEntityPersister) type.getEntityPersister()).getTableName();
    }
}
