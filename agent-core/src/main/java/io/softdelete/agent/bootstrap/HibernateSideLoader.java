package io.softdelete.agent.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Loads the agent's Hibernate-facing classes (package {@code io.softdelete.agent.hibernate}) as a child of
 * the class loader that loaded Hibernate, so that they link against the application's own Hibernate
 * wherever it lives: on the class path, in a Spring Boot fat jar, in a web application.
 * <p>
 * Those classes are read from the agent jar and defined here first; everything else is delegated, the
 * agent's own core classes to the agent's class loader so that there is one configuration per JVM.
 */
final class HibernateSideLoader extends ClassLoader {
    static final String HIBERNATE_SIDE_PACKAGE = "io.softdelete.agent.hibernate.";
    private static final String AGENT_PACKAGE = "io.softdelete.agent.";

    private static final ClassLoader AGENT_LOADER = HibernateSideLoader.class.getClassLoader();
    private static final ProtectionDomain AGENT_DOMAIN = HibernateSideLoader.class.getProtectionDomain();
    /**
     * Values are weak: the loader stays alive through the call sites that link Hibernate's classes to the
     * classes it defined, and goes away with them.
     */
    private static final Map<ClassLoader, WeakReference<HibernateSideLoader>> LOADERS = new WeakHashMap<>();

    static {
        registerAsParallelCapable();
    }

    private HibernateSideLoader(ClassLoader hibernateLoader) {
        super("soft-delete-agent", hibernateLoader);
    }

    static HibernateSideLoader forHibernateLoader(ClassLoader hibernateLoader) {
        synchronized (LOADERS) {
            WeakReference<HibernateSideLoader> reference = LOADERS.get(hibernateLoader);
            HibernateSideLoader loader = reference == null ? null : reference.get();
            if (loader == null) {
                loader = new HibernateSideLoader(hibernateLoader);
                LOADERS.put(hibernateLoader, new WeakReference<>(loader));
            }
            return loader;
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(HIBERNATE_SIDE_PACKAGE)) {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineFromAgentJar(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
        if (name.startsWith(AGENT_PACKAGE)) {
            return Class.forName(name, false, AGENT_LOADER);
        }
        return super.loadClass(name, resolve);
    }

    private Class<?> defineFromAgentJar(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = AGENT_LOADER.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length, AGENT_DOMAIN);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
