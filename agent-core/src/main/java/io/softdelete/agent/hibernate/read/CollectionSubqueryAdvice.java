package io.softdelete.agent.hibernate.read;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.softdelete.agent.hibernate.LineApi;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.Filter;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

public final class CollectionSubqueryAdvice {
    private CollectionSubqueryAdvice() {
    }

    /**
     * Stands in for {@code collection.applyBaseRestrictions(...)} where the converter builds a subquery over a
     * collection's rows: the subquery of a one-to-many or many-to-many also gets the live-row restriction of its
     * soft-deleted elements.
     */
    public static void applyBaseRestrictions(PluralAttributeMapping collection, Consumer<Predicate> predicateConsumer,
                                             TableGroup tableGroup, boolean useQualifier, Map<String, Filter> enabledFilters,
                                             boolean onlyApplyLoadByKeyFilters, Set<String> treatAsDeclarations,
                                             SqlAstCreationState creationState) {
        collection.applyBaseRestrictions(predicateConsumer, tableGroup, useQualifier, enabledFilters, onlyApplyLoadByKeyFilters,
                treatAsDeclarations, creationState);
        if (collection.getElementDescriptor() instanceof EntityCollectionPart element
                && SoftDeleteEntities.isSoftDeleted(element.getAssociatedEntityMappingType().getEntityName())) {
            EntityMappingType target = element.getAssociatedEntityMappingType();
            // of a many-to-many, joins the element table into the subquery, as a query's join to the collection would
            predicateConsumer.accept(LineApi.current().liveRowRestriction(target.getSoftDeleteMapping(),
                    tableGroup.resolveTableReference(target.getSoftDeleteTableDetails().getTableName())));
        }
    }
}
