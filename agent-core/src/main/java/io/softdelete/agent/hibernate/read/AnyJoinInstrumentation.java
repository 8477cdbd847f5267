package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * From Hibernate 7.4, an {@code @Any} association is fetched by joining the table of each entity it may point to,
 * each join with that entity's live-row restriction: a live row's {@code @Any} to a soft-deleted row then finds no
 * row and fails with {@code FetchNotFoundException}. An {@code @Any} is a to-one, so navigation: while Hibernate
 * builds such a fetched join, a soft-deleted target looks like an ordinary entity, as within
 * {@code ToOneAttributeMapping} ({@link ToOneInstrumentation}). A join the query asks for keeps the restriction.
 * Up to 7.3, the target is loaded by id, which {@link LoadEventInstrumentation} already treats as navigation.
 */
public final class AnyJoinInstrumentation implements TypeInstrumentation {
    private static final String ENTITY_MAPPING_TYPE = "org.hibernate.metamodel.mapping.EntityMappingType";

    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.DiscriminatedAssociationMapping";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        if (!hooks.canSee("org.hibernate.sql.results.graph.entity.internal.JoinedDiscriminatedEntityInitializer")) {
            return;
        }
        String advice = getClass().getPackageName() + ".AnyJoinAdvice";
        hooks.method("createRootTableGroupJoin", 6, advice)
                .atEntry("beginJoin", Arg.argument(2))
                .atExit("endJoin")
                .onThrow("endJoin");
        hooks.replaceCalls(ENTITY_MAPPING_TYPE, "createRootTableGroup",
                "(ZLorg/hibernate/spi/NavigablePath;Ljava/lang/String;Lorg/hibernate/sql/ast/spi/SqlAliasBase;"
                        + "Ljava/util/function/Supplier;Lorg/hibernate/sql/ast/spi/SqlAstCreationState;)"
                        + "Lorg/hibernate/sql/ast/tree/from/TableGroup;",
                advice, "createRootTableGroup");
        hooks.replaceCalls(ENTITY_MAPPING_TYPE, "getAuxiliaryMapping", "()Lorg/hibernate/metamodel/mapping/AuxiliaryMapping;",
                advice, "auxiliaryMapping");
    }
}
