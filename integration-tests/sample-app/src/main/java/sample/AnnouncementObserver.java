package sample;

import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;

/** An observer such as applications register: it records being told that the factory exists. */
public final class AnnouncementObserver implements SessionFactoryObserver {
    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        Observations.observe("factory.announced", true);
    }
}
