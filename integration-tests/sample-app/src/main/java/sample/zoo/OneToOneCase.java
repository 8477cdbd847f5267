package sample.zoo;

import java.util.List;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * One-to-ones to a citizen: an optional foreign key with its inverse side ({@code mappedBy}), a mandatory one, a
 * derived identifier ({@code @MapsId}) and a shared primary key ({@code @PrimaryKeyJoinColumn}). Citizen 1 is removed
 * with all of them left live; citizen 2 stays live while its passport is removed. No foreign key is declared, so
 * that without the agent the rows can go and the references dangle.
 */
public final class OneToOneCase implements ZooCase {
    @Entity(name = "Citizen")
    public static class Citizen {
        @Id
        Long id;
        String name;
        @OneToOne(mappedBy = "holder", fetch = FetchType.LAZY)
        Passport passport;
    }

    @Entity(name = "Passport")
    public static class Passport {
        @Id
        Long id;
        @OneToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Citizen holder;
    }

    @Entity(name = "Locker")
    public static class Locker {
        @Id
        Long id;
        @OneToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Citizen user;
    }

    @Entity(name = "Profile")
    public static class Profile {
        @Id
        Long id;
        @MapsId
        @OneToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Citizen citizen;
    }

    @Entity(name = "Badge")
    public static class Badge {
        @Id
        Long id;
        @OneToOne
        @PrimaryKeyJoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Citizen citizen;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Citizen.class, Passport.class, Locker.class, Profile.class, Badge.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 2; id++) {
                Citizen citizen = new Citizen();
                citizen.id = id;
                citizen.name = "citizen" + id;
                em.persist(citizen);
                Passport passport = new Passport();
                passport.id = id;
                passport.holder = citizen;
                em.persist(passport);
                Locker locker = new Locker();
                locker.id = id;
                locker.user = citizen;
                em.persist(locker);
                Profile profile = new Profile();
                profile.citizen = citizen;
                em.persist(profile);
                Badge badge = new Badge();
                badge.id = id;
                badge.citizen = citizen;
                em.persist(badge);
            }
        });
        observer.attempt("remove", em -> {
            // not loaded: loading it loads its passport, which Hibernate would not let reference a removed citizen
            em.remove(em.getReference(Citizen.class, 1L));
            Passport passport = em.find(Passport.class, 2L);
            // as JPA requires: no live entity of the persistence context may reference a removed one
            passport.holder.passport = null;
            em.remove(passport);
        });
        observer.lookups("citizen", Citizen.class, 1L);
        observer.lookups("passport", Passport.class, 2L);
        observer.query("citizens", "select c.name from Citizen c");
        observer.read("passport.holder", em -> em.find(Passport.class, 1L).holder.name);
        observer.read("locker.user", em -> Observer.loaded(em.find(Locker.class, 1L).user).name);
        observer.read("profile.citizen", em -> em.find(Profile.class, 1L).citizen.name);
        observer.read("badge.citizen", em -> em.find(Badge.class, 1L).citizen.name);
        observer.read("citizen.passport", em -> {
            Passport passport = Observer.loaded(em.find(Citizen.class, 2L).passport);
            return passport == null ? null : passport.id;
        });
        observer.query("profiles", "select p.id from Profile p order by p.id");
        observer.query("joined", "select p.id from Passport p join p.holder h");
        observer.query("inverseJoined", "select c.id from Citizen c join c.passport p");
    }
}
