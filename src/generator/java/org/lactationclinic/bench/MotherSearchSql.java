package org.lactationclinic.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lactationclinic.domain.shared.SearchText;

/**
 * The mother search's SQL, run straight on the database: the statements MotherRepository has Hibernate send for the
 * first page of a search (the page of 20 mothers sorted by name, their infants, the count), name words and phone digits
 * looked up in mother_search_term (V14). Times each search N times after warm-up and prints the median and 95th
 * percentile.
 *
 * <p>java -cp target/classes:target/test-classes:
 *
 * <h2 jar>:<postgresql jar> org.lactationclinic.bench.MotherSearchSql URL USER PASSWORD RUNS QUERY... java ...
 * MotherSearchSql.java URL USER PASSWORD samples
 *
 * <p>A QUERY is name=..., dob=YYYY-MM-DD or phone=... (several joined with '&' for a combined search). "samples" prints
 * realistic search values from the database (a rare family name, a date of birth, phone digits, the mother with most
 * consultations) for the benchmark script.
 */
public class MotherSearchSql {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            if (args[3].equals("samples")) {
                samples(connection);
                return;
            }
            int runs = Integer.parseInt(args[3]);
            for (String query : Arrays.copyOfRange(args, 4, args.length)) {
                time(connection, query, runs);
            }
        }
    }

    private static void samples(Connection connection) throws SQLException {
        print(
                connection,
                "rare",
                "select family_name from mother group by family_name having count(*) = 1 order by family_name"
                        + " offset 100 rows fetch first 1 rows only");
        print(
                connection,
                "common",
                "select family_name from mother group by family_name order by count(*) desc, family_name"
                        + " fetch first 1 rows only");
        print(
                connection,
                "dob",
                "select date_of_birth from mother order by id offset 12345 rows fetch first 1 rows only");
        print(
                connection,
                "phone",
                "select substring(phone_digits, length(phone_digits) - 5, 6) from mother"
                        + " where phone_digits is not null order by id offset 23456 rows fetch first 1 rows only");
        print(
                connection,
                "busy_mother",
                "select m.uuid from mother m join consultation c on c.mother_id = m.id"
                        + " group by m.id, m.uuid order by count(*) desc, m.id fetch first 1 rows only");
        print(
                connection,
                "busy_visits",
                "select count(*) from consultation c where c.mother_id = (select c2.mother_id"
                        + " from consultation c2 group by c2.mother_id order by count(*) desc, c2.mother_id fetch first 1 rows only)");
        print(
                connection,
                "busy_consultation",
                "select c.uuid from consultation c where c.mother_id = (select c2.mother_id"
                        + " from consultation c2 group by c2.mother_id order by count(*) desc, c2.mother_id fetch first 1 rows only)"
                        + " and c.voided = false order by c.started_at desc fetch first 1 rows only");
    }

    private static void print(Connection connection, String name, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            System.out.println(name + "=" + rs.getString(1));
        }
    }

    private static void time(Connection connection, String query, int runs) throws SQLException {
        StringBuilder where = new StringBuilder(" where m.voided = false");
        List<Object> parameters = new ArrayList<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue; // everyone: the page as it opens
            }
            String[] pair = part.split("=", 2);
            switch (pair[0]) {
                case "name" -> {
                    for (String word : SearchText.fold(pair[1]).split(" ")) {
                        where.append(" and m.id in (select t.mother_id from mother_search_term t where t.kind = 'N'"
                                + " and t.term like ?)");
                        parameters.add(word + "%");
                    }
                }
                case "dob" -> {
                    where.append(" and m.date_of_birth = ?");
                    parameters.add(LocalDate.parse(pair[1]));
                }
                case "phone" -> {
                    where.append(" and m.id in (select t.mother_id from mother_search_term t where t.kind = 'P'"
                            + " and t.term like ?)");
                    parameters.add(SearchText.digits(pair[1]) + "%");
                }
                default -> throw new IllegalArgumentException(part);
            }
        }
        String page = "select m.id, m.uuid, m.given_name, m.family_name, m.date_of_birth, m.phone from mother m" + where
                + " order by m.search_name asc, m.id offset 0 rows fetch first 20 rows only";
        String count = "select count(m.id) from mother m" + where;
        long[] times = new long[runs];
        long found = 0;
        for (int run = -5; run < runs; run++) {
            long start = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(page)) {
                bind(statement, parameters);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (!ids.isEmpty()) {
                String in = String.join(", ", ids.stream().map(id -> "?").toList());
                try (PreparedStatement statement = connection.prepareStatement("select m.id, i.id, i.given_name"
                        + " from mother m left join infant i on i.mother_id = m.id where m.id in (" + in + ")")) {
                    for (int i = 0; i < ids.size(); i++) {
                        statement.setLong(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(2);
                        }
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(count)) {
                bind(statement, parameters);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    found = rs.getLong(1);
                }
            }
            if (run >= 0) {
                times[run] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf(
                "%-34s %6d found   median %6.1f ms   p95 %6.1f ms   (%d runs)%n",
                query, found, times[(runs - 1) / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6, runs);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
