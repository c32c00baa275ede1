package cn.duban.ui.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Where evidence files are kept and how large one may be. Keep {@code spring.servlet.multipart.max-file-size} at
 * {@code maxSize} (application.yml does) so that the container refuses a larger upload before reading it all.
 *
 * @param directory the evidence store's folder, outside the database
 * @param maxSize   the largest file accepted
 */
@ConfigurationProperties("duban.evidence")
public record EvidenceProperties(Path directory, DataSize maxSize) {
}
