/**
 * Evidence files (佐证材料) outside the event store: what content is accepted ({@link cn.duban.ui.evidence.EvidenceTypes},
 * by the bytes, never by the name alone), and where the bytes are kept ({@link cn.duban.ui.evidence.EvidenceStore}:
 * the application's database by default, an S3 bucket, or one node's folder). The events carry only the file's
 * name, type, size, digest and storage key.
 */
package cn.duban.ui.evidence;
