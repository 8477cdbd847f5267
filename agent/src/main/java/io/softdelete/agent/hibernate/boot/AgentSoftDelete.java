package io.softdelete.agent.hibernate.boot;

import java.lang.annotation.Annotation;

import io.softdelete.agent.EntitySettings;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * The {@code @SoftDelete} a configured entity would carry if the application could be edited.
 */
@SuppressWarnings("ClassExplicitlyAnnotation")
final class AgentSoftDelete implements SoftDelete {
    private final EntitySettings settings;

    AgentSoftDelete(EntitySettings settings) {
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

    @Override
    public String comment() {
        return "Soft-delete indicator (soft-delete-agent)";
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
}
