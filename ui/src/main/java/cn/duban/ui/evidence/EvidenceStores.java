package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import cn.duban.ui.history.HistoryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * The one evidence store {@code duban.evidence.store} names. A store that cannot work stops the start with what is
 * wrong: a missing folder setting, a missing bucket setting, a bucket that is not there.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStores {

    @Bean
    EvidenceStore evidenceStore(EvidenceProperties properties, HistoryProperties history, JdbcTemplate jdbc,
                                PlatformTransactionManager transactions) {
        HashAlgorithm algorithm = history.hashAlgorithm();
        return switch (properties.store()) {
            case DATABASE -> {
                var store = new DatabaseEvidenceStore(jdbc, new TransactionTemplate(transactions), algorithm);
                LocalEvidenceImport.run(properties.directory(), store);
                yield store;
            }
            case LOCAL -> {
                if (properties.directory() == null) {
                    throw new IllegalStateException("duban.evidence.store=local needs duban.evidence.directory");
                }
                yield new LocalEvidenceStore(properties.directory(), algorithm);
            }
            case S3 -> s3(properties.s3(), algorithm);
        };
    }

    /** The S3 store, once its bucket has answered: a wrong endpoint, key or bucket shows at the start, not later. */
    static S3EvidenceStore s3(EvidenceProperties.S3 bucket, HashAlgorithm algorithm) {
        if (bucket == null || !StringUtils.hasText(bucket.bucket()) || !StringUtils.hasText(bucket.region())) {
            throw new IllegalStateException("duban.evidence.store=s3 needs duban.evidence.s3.bucket and .region");
        }
        S3Client client = client(bucket);
        try {
            client.headBucket(head -> head.bucket(bucket.bucket()));
        } catch (NoSuchBucketException e) {
            client.close();
            throw new IllegalStateException("the evidence bucket " + bucket.bucket() + " does not exist at "
                    + where(bucket) + ": create it first", e);
        } catch (SdkException e) {
            client.close();
            throw new IllegalStateException("the evidence bucket " + bucket.bucket() + " at " + where(bucket)
                    + " does not answer: " + e.getMessage(), e);
        }
        return new S3EvidenceStore(client, bucket.bucket(), algorithm);
    }

    static S3Client client(EvidenceProperties.S3 bucket) {
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .region(Region.of(bucket.region()))
                .forcePathStyle(bucket.pathStyle())
                // Since 2.30 the SDK adds CRC checksums to every request unless told otherwise, which many
                // S3-compatible servers reject; S3 asks for none on PUT and GET, and the download is checked against
                // the digest its event recorded anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (bucket.endpoint() != null) {
            builder.endpointOverride(bucket.endpoint());
        }
        if (StringUtils.hasText(bucket.accessKey())) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(bucket.accessKey(), bucket.secretKey())));
        }
        return builder.build();
    }

    private static String where(EvidenceProperties.S3 bucket) {
        return bucket.endpoint() == null ? "AWS (" + bucket.region() + ")" : bucket.endpoint().toString();
    }
}
