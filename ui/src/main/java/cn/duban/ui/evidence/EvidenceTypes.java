package cn.duban.ui.evidence;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The allow-list of evidence types, judged by the file's bytes: photos (JPEG, PNG), PDF, and Word and Excel
 * documents. Tika's magic detection looks at the bytes only, without the name, so a renamed file cannot pass for
 * what its name says; the name's extension must then agree with what the bytes are. Office Open XML files are zip
 * packages that magic alone only recognizes as such, so {@link OfficePackage} looks inside for the Word or Excel
 * part. A legacy OLE2 file whose kind magic cannot tell (Word or Excel part beyond the first sectors) is refused.
 */
@Component
public class EvidenceTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "pdf", "application/pdf",
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "docx", DOCX, "xlsx", XLSX);

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

    /** The media type of an allowed file whose name agrees with its bytes; refused otherwise. */
    public String check(String name, InputStreamSource content) throws IOException {
        String expected = expectedType(name).orElseThrow(() -> new UnsupportedEvidenceException(
                "只接受 jpg、png、pdf、doc、docx、xls、xlsx 文件 (allowed: " + String.join(", ",
                        BY_EXTENSION.keySet().stream().sorted().toList()) + "); got " + name));
        String detected = detect(content);
        if (!detected.equals(expected)) {
            throw new UnsupportedEvidenceException("文件内容与文件名不符 (the content is " + detected
                    + ", not the " + expected + " its name " + name + " says)");
        }
        return detected;
    }

    private String detect(InputStreamSource content) throws IOException {
        MediaType type;
        try (InputStream in = TikaInputStream.get(content.getInputStream())) {
            type = magic.detect(in, new Metadata());
        }
        String base = type.getBaseType().toString();
        if (base.equals("application/x-tika-ooxml") || base.equals("application/zip")) {
            try (InputStream in = content.getInputStream()) {
                return OfficePackage.kind(in).orElse(base);
            }
        }
        return base;
    }

    private static Optional<String> expectedType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
