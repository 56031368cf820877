package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.dordrecht.triage.SourceFile;

/** Lists and reads the files of one folder, on disk or on the classpath (also inside a jar). */
public final class ResourceFolder {
    private ResourceFolder() {
    }

    /** No rule file or catalogue comes near this; a bigger one is a mistake (or an attack), not a rule set. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /**
     * Every file directly in {@code dir} whose name ends with {@code suffix}, sorted, named {@code prefix + name}. A
     * matching name that is not a readable regular file (a dangling or looping link, a folder) is an error, not
     * skipped: a rule file that silently goes missing could take safety escalation with it.
     */
    public static List<SourceFile> read(Path dir, String suffix, String prefix) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(suffix)) {
                    files.add(new SourceFile(prefix + name, readText(p, prefix + name)));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no " + suffix + " files in " + dir);
        }
        return files;
    }

    /** A regular file's text as UTF-8, within {@link #MAX_FILE_BYTES}; the error names the file as {@code shownAs}. */
    public static String readText(Path file, String shownAs) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(shownAs + " is not a readable regular file (a broken link, a folder or no permission)");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(shownAs + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The same for a classpath folder such as {@code triage/dordrecht/rules}. */
    public static List<SourceFile> readClasspath(ClassLoader loader, String folder, String suffix, String prefix)
            throws IOException {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IOException("no folder classpath:" + folder);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri), suffix, prefix);
            }
            JarFile open = openJar(url);
            if (open != null) {
                return readJar(open, folder, suffix, prefix);
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri), suffix, prefix);
            }
            try (fs) {
                return read(fs.provider().getPath(uri), suffix, prefix);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read classpath:" + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The loader's open jar behind a {@code jar:} URL, or {@code null} when its handler gives none. Reading from it
     * spares a zip file system, which would index every entry of the jar (thousands in the command line's) to read a
     * dozen small files. The jar stays open: the loader shares it.
     */
    private static JarFile openJar(URL url) {
        try {
            return url.openConnection() instanceof JarURLConnection jar ? jar.getJarFile() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<SourceFile> readJar(JarFile jar, String folder, String suffix, String prefix) throws IOException {
        String dir = folder.endsWith("/") ? folder : folder + "/";
        List<JarEntry> entries = new ArrayList<>();
        for (JarEntry e : java.util.Collections.list(jar.entries())) {
            String name = e.getName();
            if (name.startsWith(dir) && name.endsWith(suffix) && name.indexOf('/', dir.length()) < 0) {
                entries.add(e);
            }
        }
        if (entries.isEmpty()) {
            throw new IOException("no " + suffix + " files in classpath:" + folder);
        }
        entries.sort(java.util.Comparator.comparing(JarEntry::getName));
        List<SourceFile> files = new ArrayList<>();
        for (JarEntry e : entries) {
            String shownAs = prefix + e.getName().substring(dir.length());
            byte[] bytes;
            try (java.io.InputStream in = jar.getInputStream(e)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IOException(shownAs + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            files.add(new SourceFile(shownAs, new String(bytes, StandardCharsets.UTF_8)));
        }
        return files;
    }

    /** The context class loader, or this library's. */
    public static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ResourceFolder.class.getClassLoader();
    }
}
