package io.softdelete.agent.hibernate.boot;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;

/**
 * The fields of an entity root that the application itself maps on the flag column (say {@code boolean isDeleted}
 * on {@code is_deleted}): nested in embeddables too, never a formula.
 */
final class FlagFields {
    private FlagFields() {
    }

    /** Each as its path from the root, with its property. */
    record FlagField(String path, Property property) {
        BasicValue value() {
            return (BasicValue) property.getValue();
        }
    }

    static List<FlagField> of(RootClass root, Column indicator) {
        List<FlagField> fields = new ArrayList<>();
        for (Property property : root.getProperties()) {
            collect(property.getName(), property, indicator, fields);
        }
        return fields;
    }

    private static void collect(String path, Property property, Column indicator, List<FlagField> fields) {
        if (property.getValue() instanceof Component component) {
            for (Property nested : component.getProperties()) {
                collect(path + "." + nested.getName(), nested, indicator, fields);
            }
        } else if (property.getValue() instanceof BasicValue value && value.getSelectables().size() == 1
                && value.getSelectables().get(0) instanceof Column column
                && column.getCanonicalName().equals(indicator.getCanonicalName())) {
            fields.add(new FlagField(path, property));
        }
    }
}
