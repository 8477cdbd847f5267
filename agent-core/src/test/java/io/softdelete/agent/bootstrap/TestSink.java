package io.softdelete.agent.bootstrap;

import java.util.ArrayList;
import java.util.List;

/** Where the test advice reports; outside the Hibernate-side package, so shared with the test. */
public final class TestSink {
    private static final List<String> EVENTS = new ArrayList<>();

    private TestSink() {
    }

    public static synchronized void record(String event) {
        EVENTS.add(event);
    }

    public static synchronized List<String> drain() {
        List<String> events = new ArrayList<>(EVENTS);
        EVENTS.clear();
        return events;
    }
}
