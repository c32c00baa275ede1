package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/**
 * Evidence in an S3 bucket (AWS or any S3-compatible server), one object per random UUID key, for offices whose
 * files outgrow their database. An upload is one PUT of its known length, streamed from the upload as it is read;
 * a download streams the object's body. Memory stays bounded either way.
 * <p>
 * The object is written before the command that attaches it, and S3 takes part in no database transaction: a
 * refused command deletes it again, but a node that dies between the two leaves an object no event names (an
 * orphan, harmless: nobody can reach it without its key; a bucket inventory against the events finds it).
 */
class S3EvidenceStore implements EvidenceStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(S3EvidenceStore.class);

    private final S3Client s3;
    private final String bucket;
    private final HashAlgorithm algorithm;

    S3EvidenceStore(S3Client s3, String bucket, HashAlgorithm algorithm) {
        this.s3 = s3;
        this.bucket = bucket;
        this.algorithm = algorithm;
    }

    @Override
    public StoredEvidence save(InputStream content, long size) throws IOException {
        String key = EvidenceKeys.next();
        var digesting = new Digests.Digesting(content, algorithm);
        // a retry of the PUT re-reads what the SDK marked (up to 128 KiB) from this buffer, above the digest, so a
        // replay is not digested twice; a retry past that fails rather than buffer the file
        var body = new BufferedInputStream(digesting, 64 * 1024);
        try {
            s3.putObject(put -> put.bucket(bucket).key(key).contentLength(size),
                    RequestBody.fromInputStream(body, size));
        } catch (SdkException | IllegalStateException e) {
            // the SDK tells a content shorter than declared by IllegalStateException; S3 keeps no part of a failed PUT
            throw new IOException("the evidence bucket " + bucket + " did not take the file: " + e.getMessage(), e);
        }
        try {
            // the PUT sent exactly size bytes: a longer content would have lost its rest
            if (body.read() >= 0) {
                throw new IOException("the evidence content held more than the " + size + " bytes declared");
            }
            Digests.Copied copied = digesting.copied().declared(size);
            return new StoredEvidence(key, copied.size(), algorithm, copied.digest());
        } catch (IOException e) {
            delete(key);
            throw e;
        }
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        String key = EvidenceKeys.checked(storageKey);
        try {
            return s3.getObject(get -> get.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("no evidence object " + key + " in the bucket " + bucket);
        } catch (SdkException e) {
            throw new IOException("the evidence bucket " + bucket + " cannot be read", e);
        }
    }

    @Override
    public void delete(String storageKey) {
        if (!EvidenceKeys.isKey(storageKey)) {
            return;
        }
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(storageKey));
        } catch (SdkException e) {
            LOG.warn("could not delete evidence object {} from the bucket {}", storageKey, bucket, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
