package io.softdelete.bench.gen;

import java.lang.invoke.MethodHandles;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import org.hibernate.annotations.SoftDelete;

/**
 * The start-up measurement's model: 50 entities {@code E00..E49} in this package, each with a few basic
 * attributes and a to-one to the one before, generated at run time so that the plain and the annotated
 * model are the same but for {@code @SoftDelete}.
 */
public final class FiftyEntities {
    public static final int COUNT = 50;

    private FiftyEntities() {
    }

    public static Class<?>[] generate(boolean annotated) {
        Class<?>[] entities = new Class<?>[COUNT];
        for (int i = 0; i < COUNT; i++) {
            DynamicType.Builder<?> entity = new ByteBuddy()
                    .subclass(Object.class)
                    .name(FiftyEntities.class.getPackageName() + String.format(".E%02d", i))
                    .annotateType(annotated
                            ? new AnnotationDescription[] {annotation(Entity.class), annotation(SoftDelete.class)}
                            : new AnnotationDescription[] {annotation(Entity.class)})
                    .defineField("id", Long.class, Visibility.PRIVATE).annotateField(annotation(Id.class))
                    .defineField("name", String.class, Visibility.PRIVATE)
                    .defineField("note", String.class, Visibility.PRIVATE)
                    .defineField("amount", int.class, Visibility.PRIVATE)
                    .defineField("active", boolean.class, Visibility.PRIVATE)
                    .defineField("dueOn", LocalDate.class, Visibility.PRIVATE);
            if (i > 0) {
                entity = entity.defineField("previous", entities[i - 1], Visibility.PRIVATE)
                        .annotateField(annotation(ManyToOne.class));
            }
            try {
                entities[i] = MethodHandles.lookup().defineClass(entity.make().getBytes());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return entities;
    }

    private static AnnotationDescription annotation(Class<? extends java.lang.annotation.Annotation> type) {
        return AnnotationDescription.Builder.ofType(type).build();
    }
}
