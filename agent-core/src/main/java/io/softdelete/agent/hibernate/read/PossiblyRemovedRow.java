package io.softdelete.agent.hibernate.read;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.EntityEntryExtraState;

/**
 * Marks, on its entry in the persistence context, an entity whose row was read without the live-row
 * restriction, so that the row may be a soft-deleted one: the second-level cache must not take its state,
 * not when it is read and not when the session writes a change to it back, and a lookup by id checks the row
 * once before it answers with it. Hibernate chains the extra states of an entry, each link answering for the
 * links after it.
 */
public final class PossiblyRemovedRow implements EntityEntryExtraState {
    private EntityEntryExtraState next;
    private boolean checked;

    private PossiblyRemovedRow() {
    }

    static void mark(EntityEntry entry) {
        if (entry != null && !isMarked(entry)) {
            entry.addExtraState(new PossiblyRemovedRow());
        }
    }

    public static boolean isMarked(EntityEntry entry) {
        return entry.getExtraState(PossiblyRemovedRow.class) != null;
    }

    /** Whether a lookup by id must check the row: once per entry, the first time it is asked. */
    static boolean needsCheck(EntityEntry entry) {
        PossiblyRemovedRow mark = entry == null ? null : entry.getExtraState(PossiblyRemovedRow.class);
        if (mark == null || mark.checked) {
            return false;
        }
        mark.checked = true;
        return true;
    }

    @Override
    public void addExtraState(EntityEntryExtraState extraState) {
        if (next == null) {
            next = extraState;
        } else {
            next.addExtraState(extraState);
        }
    }

    @Override
    public <T extends EntityEntryExtraState> T getExtraState(Class<T> extraStateType) {
        if (next == null) {
            return null;
        }
        return extraStateType.isInstance(next) ? extraStateType.cast(next) : next.getExtraState(extraStateType);
    }
}
