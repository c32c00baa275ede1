package cn.duban.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The auditor's verifier, without the application: reads the event store read-only with the auditor's own database
 * account, and trusts only the checkpoint files and the public key the auditor kept.
 *
 * <pre>
 * java -jar audit/target/duban-verifier.jar --url jdbc:postgresql://HOST:5432/duban --user duban_auditor \
 *      --public-key checkpoint-signing.pub.pem --checkpoints DIR [--task ID]
 * </pre>
 * The password comes from the environment variable {@code PGPASSWORD}. Exit status 0: intact; 1: faults found;
 * 2: the command could not verify (wrong arguments, no database).
 */
public final class VerifierCommand {

    private VerifierCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv("PGPASSWORD"), System.out, System.err));
    }

    /** What {@link #main} does, with its status answered instead of exiting. */
    public static int run(String[] args, String password, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: java -jar duban-verifier.jar --url JDBC_URL --user NAME --public-key FILE "
                    + "--checkpoints DIR [--task ID]   (password: PGPASSWORD)");
            return 2;
        }
        try {
            List<Checkpoint> checkpoints = checkpoints(Path.of(options.get("checkpoints")));
            String pem = Files.readString(Path.of(options.get("public-key")), StandardCharsets.US_ASCII);
            SignatureAlgorithm algorithm = checkpoints.isEmpty() ? SignatureAlgorithm.ED25519
                    : SignatureAlgorithm.named(checkpoints.get(0).signatureAlgorithm());
            PublicKey key = Pem.publicKey(pem, algorithm);
            Verifier verifier = new Verifier(checkpoints, key);
            Verification result;
            try (Connection connection = DriverManager.getConnection(options.get("url"), options.get("user"),
                    password == null ? "" : password)) {
                connection.setReadOnly(true);
                String task = options.get("task");
                result = task == null ? verifier.verifyStore(connection) : verifier.verifyStream(connection, task);
            }
            out.println("key " + Pem.keyId(key) + ", " + checkpoints.size() + " checkpoint files");
            out.println(result.figures());
            result.faults().forEach(f -> out.println("  " + f.kind() + (f.position() == null ? "" : " at "
                    + f.position()) + ": " + f.message()));
            if (result.faultCount() > result.faults().size()) {
                out.println("  ... and " + (result.faultCount() - result.faults().size()) + " more");
            }
            return result.intact() ? 0 : 1;
        } catch (IOException | SQLException | IllegalArgumentException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }

    private static List<Checkpoint> checkpoints(Path folder) throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                checkpoints.add(Checkpoint.read(file));
            }
        }
        return checkpoints;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("url", "user", "public-key", "checkpoints")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return options;
    }
}
