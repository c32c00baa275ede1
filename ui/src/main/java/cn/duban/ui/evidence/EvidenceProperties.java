package cn.duban.ui.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where evidence files are kept and how large one may be. Keep {@code spring.servlet.multipart.max-file-size} at
 * {@code maxSize} (application.yml does) so that the container refuses a larger upload before reading it all.
 *
 * @param store     where the bytes go: {@code database} (the default: every node reads what any node saved, and
 *                  the database's backup holds them), {@code s3} (a bucket, for offices with many large files) or
 *                  {@code local} (a folder of this node, for a single node only)
 * @param directory the folder of the {@code local} store
 * @param maxSize   the largest file accepted
 * @param s3        the bucket of the {@code s3} store
 */
@ConfigurationProperties("duban.evidence")
public record EvidenceProperties(Store store, Path directory, DataSize maxSize, S3 s3) {

    public EvidenceProperties {
        store = store == null ? Store.DATABASE : store;
    }

    /** The stores {@code duban.evidence.store} may name. */
    public enum Store { DATABASE, S3, LOCAL }

    /**
     * An S3 bucket, on AWS or any S3-compatible server (MinIO, Ceph, a cloud's object storage).
     *
     * @param endpoint  the server, such as {@code https://minio.example.gov.cn:9000}; empty for AWS itself
     * @param region    the bucket's region; S3-compatible servers mostly accept any, such as {@code us-east-1}
     * @param bucket    the bucket, created beforehand by whoever runs the server; Duban only reads and writes in it
     * @param accessKey the access key; empty to use the SDK's default chain (environment, profile, instance role)
     * @param secretKey its secret
     * @param pathStyle {@code true} to address the bucket in the path ({@code endpoint/bucket/key}), which most
     *                  S3-compatible servers need, rather than as a host name ({@code bucket.endpoint/key})
     */
    public record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                     boolean pathStyle) {
    }
}
