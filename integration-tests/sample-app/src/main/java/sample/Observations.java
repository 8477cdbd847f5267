package sample;

/** What the application saw, printed for the test that runs it. */
public final class Observations {
    private Observations() {
    }

    public static void observe(String key, Object value) {
        System.out.println("observe " + key + "=" + value);
    }
}
