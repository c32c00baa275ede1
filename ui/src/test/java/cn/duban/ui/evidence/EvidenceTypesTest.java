package cn.duban.ui.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allow-list judges the bytes; the name must agree with them. */
class EvidenceTypesTest {

    private final EvidenceTypes types = new EvidenceTypes();

    private String check(String name, byte[] content) throws IOException {
        return types.check(name, new ByteArrayResource(content));
    }

    @Test
    void photos_pdfs_and_office_documents_are_accepted_by_their_content() throws IOException {
        assertThat(check("现场照片.JPG", EvidenceFiles.image("jpeg"))).isEqualTo("image/jpeg");
        assertThat(check("photo.png", EvidenceFiles.image("png"))).isEqualTo("image/png");
        assertThat(check("扫描件.pdf", EvidenceFiles.pdf(300))).isEqualTo("application/pdf");
        assertThat(check("台账.docx", EvidenceFiles.officePackage("word/document.xml"))).isEqualTo(EvidenceTypes.DOCX);
        assertThat(check("统计表.xlsx", EvidenceFiles.officePackage("xl/workbook.xml"))).isEqualTo(EvidenceTypes.XLSX);
    }

    @Test
    void a_legacy_word_document_is_recognized_by_its_ole2_directory() throws IOException {
        assertThat(check("旧版.doc", ole2("WordDocument"))).isEqualTo("application/msword");
        assertThat(check("旧版.xls", ole2("Workbook"))).isEqualTo("application/vnd.ms-excel");
    }

    @Test
    void a_file_whose_content_does_not_match_its_name_is_refused() {
        assertRefused("photo.jpg", EvidenceFiles.image("png"));
        assertRefused("report.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertRefused("统计表.xlsx", EvidenceFiles.officePackage("word/document.xml"));
        assertRefused("旧版.xls", ole2("WordDocument"));
    }

    @Test
    void a_zip_that_is_not_an_office_document_is_refused_even_when_named_docx() {
        assertRefused("台账.docx", EvidenceFiles.zip(Map.of("word/document.xml", "<x/>", "evil.sh", "rm -rf /")));
        assertRefused("台账.docx", EvidenceFiles.zip(Map.of("readme.txt", "hello")));
    }

    @Test
    void a_zip_bomb_dressed_as_a_document_is_refused_after_a_bounded_read() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 201; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
        }
        assertThat(out.size()).as("small on the wire").isLessThan(1024 * 1024);
        assertRefused("台账.docx", out.toByteArray());
    }

    @Test
    void types_outside_the_allow_list_are_refused_whatever_their_content() {
        assertRefused("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        assertRefused("image.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertRefused("archive.zip", EvidenceFiles.zip(Map.of("a.txt", "a")));
        assertRefused("no-extension", EvidenceFiles.pdf(100));
    }

    private void assertRefused(String name, byte[] content) {
        assertThatThrownBy(() -> check(name, content)).as(name).isInstanceOf(UnsupportedEvidenceException.class);
    }

    /** The start of a compound document whose directory names one stream, where Office puts its first entry. */
    private static byte[] ole2(String stream) {
        byte[] bytes = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, bytes, 1152 + 128, name.length);
        return bytes;
    }
}
