package io.softdelete.agent.hibernate.boot;

import java.lang.annotation.Annotation;

import io.softdelete.agent.EntitySettings;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * The {@code @SoftDelete} of the 6.6 line a configured entity would carry if the application could be edited: no
 * comment, no options, no timestamp strategy (refused before this is built).
 */
@SuppressWarnings("ClassExplicitlyAnnotation")
public final class AgentSoftDelete66 implements SoftDelete {
    private final EntitySettings settings;

    public AgentSoftDelete66(EntitySettings settings) {
        this.settings = settings;
    }

    @Override
    public String columnName() {
        return settings.column();
    }

    @Override
    public SoftDeleteType strategy() {
        return switch (settings.strategy()) {
            case BOOLEAN -> SoftDeleteType.DELETED;
            case ACTIVE -> SoftDeleteType.ACTIVE;
            case TIMESTAMP -> throw new IllegalStateException("no timestamp strategy on Hibernate ORM 6.6");
        };
    }

    @Override
    public Class<? extends jakarta.persistence.AttributeConverter<Boolean, ?>> converter() {
        return UnspecifiedConversion.class;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return SoftDelete.class;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SoftDelete that
                && columnName().equals(that.columnName()) && strategy() == that.strategy() && converter() == that.converter();
    }

    /** As {@link Annotation#hashCode()} specifies: the sum of 127 * name's hash XOR value's hash per member. */
    @Override
    public int hashCode() {
        return (127 * "columnName".hashCode() ^ columnName().hashCode())
                + (127 * "strategy".hashCode() ^ strategy().hashCode())
                + (127 * "converter".hashCode() ^ converter().hashCode());
    }

    @Override
    public String toString() {
        return "@org.hibernate.annotations.SoftDelete(columnName=\"" + columnName() + "\", strategy="
                + strategy() + ") from soft-delete-agent";
    }
}
