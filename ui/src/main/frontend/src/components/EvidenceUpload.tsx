import { Button, List, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { upload, type EvidenceFile } from '../api';
import { useT } from '../i18n';
import { paths } from '../paths';
import { Problem } from './Problem';

/** A file size as people read it: 12.3 KB, 4.5 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The evidence field of a report or rectification form: each chosen file goes at once to the task's evidence
 * endpoint, which checks and stores it; the form's value is the storage keys of the files attached, comma-separated,
 * as the form's text field takes them. A refused file shows the server's problem and adds nothing; removing a file
 * from the list leaves it out of this report (it stays attached to the task).
 */
export function EvidenceUpload({ taskId, onChange }: { taskId: string; onChange?: (value: string | undefined) => void }) {
  const t = useT();
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const current = useRef<EvidenceFile[]>([]); // uploads finish one by one, each adding to the latest list
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<unknown>();

  const change = (next: EvidenceFile[]) => {
    current.current = next;
    setFiles(next);
    onChange?.(next.length ? next.map((f) => f.storageKey).join(',') : undefined);
  };

  const send = async (file: File) => {
    setUploading((n) => n + 1);
    setError(undefined);
    try {
      const attached = await upload<EvidenceFile>(paths.taskEvidence(taskId), file);
      change([...current.current, attached]);
    } catch (e) {
      setError(e);
    } finally {
      setUploading((n) => n - 1);
    }
  };

  return (
    <div data-testid="evidence-upload">
      <Upload
        multiple
        showUploadList={false}
        accept=".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx"
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button loading={uploading > 0}>{t('evidence.choose')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        {t('evidence.hint')}
      </Typography.Text>
      {error !== undefined && (
        <div style={{ marginTop: 8 }}>
          <Problem error={error} />
        </div>
      )}
      {files.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          dataSource={files}
          rowKey="storageKey"
          renderItem={(f) => (
            <List.Item
              data-testid="evidence-item"
              actions={[
                <Button key="remove" type="link" size="small" onClick={() => change(files.filter((x) => x.storageKey !== f.storageKey))}>
                  {t('evidence.remove')}
                </Button>,
              ]}
            >
              <Typography.Text>{f.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {fileSize(f.size)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
