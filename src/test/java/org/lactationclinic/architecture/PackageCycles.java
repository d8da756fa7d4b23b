package org.lactationclinic.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The package cycles of the application as groups of packages that all reach one another (Tarjan's strongly connected
 * components), named under the base package: every package as it is ({@link #of(JavaClasses, String)}, so
 * {@code infrastructure.repository.report} and {@code infrastructure.repository} are two), or the packages cut to a
 * depth ({@link #of(JavaClasses, String, int)}: at depth 1 the layers, {@code domain} for all of {@code domain..}). A
 * sub-package is a package of its own, not part of its parent: a parent and its sub-package that use each other are a
 * cycle. A group names packages only, so it stays the same while the calls behind it change.
 */
final class PackageCycles {

    private final Map<String, Set<String>> edges = new TreeMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final Set<Set<String>> cycles = new java.util.HashSet<>();
    private int next;

    private PackageCycles() {}

    /** The cycles between the packages under {@code base}, each package at its full depth. */
    static Set<Set<String>> of(JavaClasses classes, String base) {
        return of(classes, base, Integer.MAX_VALUE);
    }

    /** The cycles between the packages under {@code base} cut to {@code depth} segments (1: the layers). */
    static Set<Set<String>> of(JavaClasses classes, String base, int depth) {
        PackageCycles graph = new PackageCycles();
        for (JavaClass origin : classes) {
            String from = slice(origin.getPackageName(), base, depth);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to =
                        slice(dependency.getTargetClass().getBaseComponentType().getPackageName(), base, depth);
                if (to != null && !to.equals(from)) {
                    graph.edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
            graph.edges.computeIfAbsent(from, k -> new TreeSet<>());
        }
        for (String node : graph.edges.keySet()) {
            if (!graph.index.containsKey(node)) {
                graph.connect(node);
            }
        }
        return graph.cycles;
    }

    /** The package cut to {@code depth} segments under {@code base}, or null outside it (and for base itself). */
    private static String slice(String packageName, String base, int depth) {
        if (!packageName.startsWith(base + ".")) {
            return null;
        }
        String[] parts = packageName.substring(base.length() + 1).split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }

    private void connect(String node) {
        index.put(node, next);
        lowLink.put(node, next);
        next++;
        stack.push(node);
        onStack.add(node);
        for (String target : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(target)) {
                connect(target);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(target)));
            } else if (onStack.contains(target)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
