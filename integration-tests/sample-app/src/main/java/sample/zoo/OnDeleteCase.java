package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostRemove;
import org.hibernate.StatelessSession;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Foreign keys {@code ON DELETE CASCADE} ({@code @OnDelete}): the database deletes the rows that reference a deleted
 * row. Parent cascades REMOVE to its children as well, so Hibernate counts them removed and leaves their DELETE to
 * the database; Owner has nothing but the database's cascade, to its pets and, through them, their fleas.
 */
public final class OnDeleteCase implements ZooCase {
    static int childRemovals;

    @Entity(name = "Parent")
    public static class Parent {
        @Id
        Long id;
        @OneToMany(mappedBy = "parent", cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
        @OnDelete(action = OnDeleteAction.CASCADE)
        List<Child> children = new ArrayList<>();
    }

    @Entity(name = "Child")
    public static class Child {
        @Id
        Long id;
        @ManyToOne
        @OnDelete(action = OnDeleteAction.CASCADE)
        Parent parent;

        @PostRemove
        void removed() {
            childRemovals++;
        }
    }

    @Entity(name = "Owner")
    public static class Owner {
        @Id
        Long id;
    }

    @Entity(name = "Pet")
    public static class Pet {
        @Id
        Long id;
        @ManyToOne
        @OnDelete(action = OnDeleteAction.CASCADE)
        Owner owner;
    }

    @Entity(name = "Flea")
    public static class Flea {
        @Id
        Long id;
        @ManyToOne
        @OnDelete(action = OnDeleteAction.CASCADE)
        Pet pet;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Parent.class, Child.class, Owner.class, Pet.class, Flea.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Parent parent = new Parent();
            parent.id = 1L;
            Child child = new Child();
            child.id = 1L;
            child.parent = parent;
            parent.children.add(child);
            em.persist(parent);
            // owner i, pet 10 * i, flea 100 * i
            for (long i = 1; i <= 6; i++) {
                Owner owner = new Owner();
                owner.id = i;
                em.persist(owner);
                Pet pet = new Pet();
                pet.id = 10 * i;
                pet.owner = owner;
                em.persist(pet);
                Flea flea = new Flea();
                flea.id = 100 * i;
                flea.pet = pet;
                em.persist(flea);
            }
        });
        observer.attempt("removeParent", em -> em.remove(em.find(Parent.class, 1L)));
        observer.observe("childRemovals", childRemovals);
        observer.read("child", em -> em.find(Child.class, 1L));
        observer.attempt("removeOwner", em -> em.remove(em.find(Owner.class, 1L)));
        observer.read("pet", em -> em.find(Pet.class, 10L));
        observer.read("flea", em -> em.find(Flea.class, 100L));
        observer.attempt("removeOwnerThenPet", em -> {
            em.remove(em.find(Owner.class, 2L));
            em.remove(em.find(Pet.class, 20L));
        });
        observer.attempt("removePetThenOwner", em -> {
            Pet pet = em.find(Pet.class, 30L);
            Owner owner = em.find(Owner.class, 3L);
            em.remove(pet);
            em.remove(owner);
        });
        observer.attempt("removeUnloadedOwner", em -> em.remove(em.getReference(Owner.class, 4L)));
        observer.attempt("statelessDelete", em -> {
            StatelessSession session = emf.unwrap(org.hibernate.SessionFactory.class).openStatelessSession();
            try {
                session.getTransaction().begin();
                session.delete(session.get(Owner.class, 5L));
                session.getTransaction().commit();
            } finally {
                session.close();
            }
        });
        observer.attempt("bulkDelete", em -> em.createQuery("delete from Owner o where o.id = 6").executeUpdate());
        observer.read("pets", em -> em.createQuery("select p.id from Pet p order by p.id", Long.class).getResultList());
    }
}
