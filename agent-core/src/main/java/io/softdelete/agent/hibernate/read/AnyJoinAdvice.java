package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.AuxiliaryMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.spi.NavigablePath;
import org.hibernate.sql.ast.spi.SqlAliasBase;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/** Only linked on Hibernate 7.4 and newer, where {@code AuxiliaryMapping} exists and an {@code @Any} is joined. */
public final class AnyJoinAdvice {
    /** Per {@code @Any} join being built on this thread, innermost first: whether it is fetched. */
    private static final ThreadLocal<Deque<Boolean>> FETCHED = ThreadLocal.withInitial(ArrayDeque::new);

    private AnyJoinAdvice() {
    }

    public static void beginJoin(boolean fetched) {
        FETCHED.get().push(fetched);
    }

    public static void endJoin(TableGroup joined) {
        endJoin();
    }

    public static void endJoin() {
        FETCHED.get().pop();
    }

    /** Stands in for {@code target.createRootTableGroup(...)}, which restricts a root to live rows. */
    public static TableGroup createRootTableGroup(EntityMappingType target, boolean canUseInnerJoins, NavigablePath navigablePath,
                                                  String explicitSourceAlias, SqlAliasBase explicitSqlAliasBase,
                                                  Supplier<Consumer<Predicate>> additionalPredicateCollectorAccess,
                                                  SqlAstCreationState creationState) {
        Supplier<TableGroup> create = () -> target.createRootTableGroup(canUseInnerJoins, navigablePath, explicitSourceAlias,
                explicitSqlAliasBase, additionalPredicateCollectorAccess, creationState);
        return isNavigation(target) ? RestrictionSwitch.withoutRootRestriction(target.getSoftDeleteMapping(), create) : create.get();
    }

    /** Stands in for {@code target.getAuxiliaryMapping()}, whose predicate the join gets as well. */
    public static AuxiliaryMapping auxiliaryMapping(EntityMappingType target) {
        AuxiliaryMapping mapping = target.getAuxiliaryMapping();
        return mapping instanceof SoftDeleteMapping && isNavigation(target) ? null : mapping;
    }

    private static boolean isNavigation(EntityMappingType target) {
        return FETCHED.get().peek() == Boolean.TRUE && SoftDeleteEntities.isSoftDeleted(target.getEntityName());
    }
}
