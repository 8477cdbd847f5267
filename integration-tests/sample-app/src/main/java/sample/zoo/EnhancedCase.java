package sample.zoo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.bytecode.enhance.spi.DefaultEnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.internal.BytecodeProviderInitiator;

/**
 * Bytecode-enhanced entities (lazy basic attributes, lazy to-ones, inline dirty tracking), as the Hibernate
 * build plugins make them: the classes of {@code sample.zoo.enhanced} are enhanced by the running Hibernate's own
 * enhancer as they load, in a class loader of their own, and the case's scenario runs there too.
 */
public final class EnhancedCase implements ZooCase {
    private static final String PACKAGE = "sample.zoo.enhanced.";
    private final ClassLoader enhancing = new EnhancingLoader(EnhancedCase.class.getClassLoader());

    @Override
    public List<Class<?>> entities() {
        return List.of(load("Publisher"), load("Author"));
    }

    /** Hibernate loads entity classes by name too: it must find these first, not the parent's. */
    @Override
    public Map<String, Object> settings() {
        return Map.of("hibernate.classLoader.tccl_lookup_precedence", "before");
    }

    @Override
    public ClassLoader classLoader() {
        return enhancing;
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        try {
            load("EnhancedScenario").getMethod("run", EntityManagerFactory.class, Observer.class).invoke(null, emf, observer);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Class<?> load(String simpleName) {
        try {
            return Class.forName(PACKAGE + simpleName, true, enhancing);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Defines the classes of the package itself, enhanced; delegates everything else. */
    private static final class EnhancingLoader extends ClassLoader {
        private final Enhancer enhancer = BytecodeProviderInitiator.buildDefaultBytecodeProvider()
                .getEnhancer(new DefaultEnhancementContext());

        EnhancingLoader(ClassLoader parent) {
            super("zoo-enhanced", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] original = read(name);
                    byte[] enhanced = enhancer.enhance(name, original);
                    byte[] bytes = enhanced == null ? original : enhanced;
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                return loaded;
            }
        }

        private byte[] read(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
