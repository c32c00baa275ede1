package cn.duban.ui.task;

import cn.duban.api.EvidenceFile;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Evidence files over HTTP: its unit uploads ({@code multipart/form-data}, part {@code file}) and gets the attached
 * file's description with the storage key its reports refer to; whoever may read the task downloads, always as an
 * attachment of the type detected at upload, never sniffed or rendered by the browser.
 */
@RestController
@RequestMapping("/api/tasks/{id}/evidence")
class EvidenceController {

    private final TaskEvidence evidence;

    EvidenceController(TaskEvidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('UNIT')")
    ResponseEntity<EvidenceFile> upload(@PathVariable String id, @RequestPart("file") MultipartFile file)
            throws IOException {
        EvidenceFile attached = evidence.attach(id, file);
        return ResponseEntity.created(URI.create("/api/tasks/" + id + "/evidence/" + attached.storageKey()))
                .body(attached);
    }

    @GetMapping("/{storageKey}")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR', 'UNIT')")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String storageKey) throws IOException {
        EvidenceFile file = evidence.verified(id, storageKey);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Evidence-Digest", file.digestAlgorithm() + "=" + file.digest())
                .body(new InputStreamResource(evidence.open(file)));
    }
}
