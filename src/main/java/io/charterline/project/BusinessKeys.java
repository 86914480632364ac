package io.charterline.project;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out readable business keys such as {@code PRJ-2026-0014}: a prefix, the current year and a number of at
 * least four digits from the prefix's database sequence (migration V11). A sequence value is taken without a lock
 * and is not rolled back, so concurrent callers never wait for each other's open transactions (a charter is
 * recorded inside the engine's transaction that starts the process instance). The price: the number runs on
 * across years instead of restarting each January, and a caller whose transaction rolls back leaves a gap.
 */
@Component
public class BusinessKeys {

    public static final String PROJECT = "PRJ";
    public static final String CHANGE_REQUEST = "CR";

    private final Map<String, DataFieldMaxValueIncrementer> sequences;
    private final Clock clock;

    public BusinessKeys(DataSource dataSource, Clock clock) throws MetaDataAccessException {
        Function<String, DataFieldMaxValueIncrementer> sequence = sequencesOf(dataSource);
        this.sequences = Map.of(PROJECT, sequence.apply("project_key_seq"),
                CHANGE_REQUEST, sequence.apply("change_request_key_seq"));
        this.clock = clock;
    }

    public String next(String prefix) {
        DataFieldMaxValueIncrementer sequence = sequences.get(prefix);
        if (sequence == null) {
            throw new IllegalArgumentException("No key sequence for prefix " + prefix + "; there are "
                    + PROJECT + " and " + CHANGE_REQUEST);
        }
        return "%s-%d-%04d".formatted(prefix, Year.now(clock).getValue(), sequence.nextLongValue());
    }

    /** The databases Charterline runs on name the next value of a sequence differently. */
    private static Function<String, DataFieldMaxValueIncrementer> sequencesOf(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return switch (product) {
            case "PostgreSQL" -> name -> new PostgresSequenceMaxValueIncrementer(dataSource, name);
            case "H2" -> name -> new H2SequenceMaxValueIncrementer(dataSource, name);
            default -> throw new IllegalStateException(
                    "Business keys need the sequences of PostgreSQL or H2, but the database is " + product);
        };
    }
}
