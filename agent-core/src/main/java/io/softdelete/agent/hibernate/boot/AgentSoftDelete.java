package io.softdelete.agent.hibernate.boot;

import java.lang.annotation.Annotation;

import io.softdelete.agent.EntitySettings;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * The {@code @SoftDelete} a configured entity would carry if the application could be edited.
 */
@SuppressWarnings("ClassExplicitlyAnnotation")
public final class AgentSoftDelete implements SoftDelete {
    private final EntitySettings settings;

    public AgentSoftDelete(EntitySettings settings) {
        this.settings = settings;
    }

    @Override
    public String columnName() {
        return settings.column();
    }

    @Override
    public String options() {
        return "";
    }

    /** Blank: Hibernate's own default comment, as for an annotated entity. */
    @Override
    public String comment() {
        return "";
    }

    @Override
    public SoftDeleteType strategy() {
        return switch (settings.strategy()) {
            case BOOLEAN -> SoftDeleteType.DELETED;
            case ACTIVE -> SoftDeleteType.ACTIVE;
            case TIMESTAMP -> SoftDeleteType.TIMESTAMP;
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
                && columnName().equals(that.columnName()) && options().equals(that.options())
                && comment().equals(that.comment()) && strategy() == that.strategy() && converter() == that.converter();
    }

    /** As {@link Annotation#hashCode()} specifies: the sum of 127 * name's hash XOR value's hash per member. */
    @Override
    public int hashCode() {
        return (127 * "columnName".hashCode() ^ columnName().hashCode())
                + (127 * "options".hashCode() ^ options().hashCode())
                + (127 * "comment".hashCode() ^ comment().hashCode())
                + (127 * "strategy".hashCode() ^ strategy().hashCode())
                + (127 * "converter".hashCode() ^ converter().hashCode());
    }

    @Override
    public String toString() {
        return "@org.hibernate.annotations.SoftDelete(columnName=\"" + columnName() + "\", strategy="
                + strategy() + ") from soft-delete-agent";
    }
}
