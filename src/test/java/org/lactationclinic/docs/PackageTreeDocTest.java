package org.lactationclinic.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package tree of docs/architecture.md ("Layers and packages") true to src/main/java: every package that
 * holds a class is in the tree at its place, and the tree names no package that does not exist.
 */
class PackageTreeDocTest {

    private static final Path DOC = Path.of("docs/architecture.md");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BASE = "org.lactationclinic";
    /** "│ ├── charting InfantFindings ...": the tree drawing, then the name; 4 characters a level. */
    private static final Pattern ENTRY = Pattern.compile("^([│ ]*)[├└]── (\\w+)");

    @Test
    void packageTree_shouldNameEveryPackageOfTheCodeAndNoOther() throws IOException {
        Set<String> documented = documentedPackages();
        Set<String> withClasses;
        Set<String> existing;
        try (Stream<Path> files = Files.walk(SOURCES.resolve(BASE.replace('.', '/')))) {
            List<Path> all = files.toList();
            existing = all.stream()
                    .filter(Files::isDirectory)
                    .map(PackageTreeDocTest::packageOf)
                    .collect(Collectors.toCollection(TreeSet::new));
            withClasses = all.stream()
                    .filter(p -> p.toString().endsWith(".java")
                            && !p.getFileName().toString().equals("package-info.java"))
                    .map(p -> packageOf(p.getParent()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> missing = new TreeSet<>(withClasses);
        missing.removeAll(documented);
        missing.remove(BASE);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(existing);
        assertTrue(missing.isEmpty(), "packages missing from docs/architecture.md's tree: " + missing);
        assertEquals(Set.of(), stale, "docs/architecture.md's tree names packages that do not exist");
    }

    private static Set<String> documentedPackages() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf(BASE);
        assertTrue(start > 0, "docs/architecture.md needs the package tree, starting with a line '" + BASE + "'");
        Set<String> packages = new TreeSet<>();
        List<String> path = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            if (!entry.find()) {
                continue;
            }
            int depth = entry.group(1).length() / 4;
            while (path.size() > depth) {
                path.removeLast();
            }
            path.add(entry.group(2));
            packages.add(BASE + "." + String.join(".", path));
        }
        return packages;
    }

    private static String packageOf(Path directory) {
        return SOURCES.relativize(directory).toString().replace('/', '.');
    }
}
