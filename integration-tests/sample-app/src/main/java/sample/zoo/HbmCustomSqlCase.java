package sample.zoo;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import sample.zoo.hbm.Note;

/**
 * A class mapped in {@code hbm.xml} with SQL of its own: a {@code <sql-delete>}, or a {@code <loader>} naming an
 * {@code <sql-query>}. Hibernate runs that SQL as it is, whatever the agent does.
 */
public final class HbmCustomSqlCase implements ZooCase {
    private final String mappingFile;

    HbmCustomSqlCase(String mappingFile) {
        this.mappingFile = mappingFile;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of();
    }

    @Override
    public List<String> mappingFiles() {
        return List.of("sample/zoo/hbm/" + mappingFile);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            em.persist(new Note(1L, "kept"));
            em.persist(new Note(2L, "removed"));
        });
        observer.attempt("remove", em -> em.remove(em.find(Note.class, 2L)));
        observer.read("find", em -> em.find(Note.class, 1L).text);
        observer.read("notes", em -> em.createQuery("select n.text from Note n", String.class).getResultList());
    }
}
