package io.softdelete.agent.hibernate.read;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.Filter;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;

public final class CollectionSubqueryView {
    private CollectionSubqueryView() {
    }

    /**
     * Stands in for {@code collection.applyBaseRestrictions(...)} inside {@code BaseSqmToSqlAstConverter}, where
     * the collection is the root of a subquery of its own.
     */
    public static void applyBaseRestrictions(PluralAttributeMapping collection, Consumer<Predicate> predicateConsumer,
                                             TableGroup tableGroup, boolean useQualifier, Map<String, Filter> enabledFilters,
                                             boolean onlyApplyLoadByKeyFilters, Set<String> treatAsDeclarations,
                                             SqlAstCreationState creationState) {
        collection.applyBaseRestrictions(predicateConsumer, tableGroup, useQualifier, enabledFilters,
                onlyApplyLoadByKeyFilters, treatAsDeclarations, creationState);
        if (collection.getElementDescriptor() instanceof EntityCollectionPart element
                && SoftDeleteEntities.isSoftDeleted(element.getAssociatedEntityMappingType().getEntityName())) {
            EntityMappingType entity = element.getAssociatedEntityMappingType();
            TableReference flagTable = tableGroup.resolveTableReference(entity.getSoftDeleteTableDetails().getTableName());
            predicateConsumer.accept(entity.getSoftDeleteMapping().createNonDeletedRestriction(flagTable));
        }
    }
}
