import { Button, Upload } from 'antd';
import { useState } from 'react';
import { upload } from '../api';

/**
 * A download of the paperwork (a workbook or a PDF) as a plain link: the browser's session goes with it, a PDF
 * opens in a new tab where the browser prints it, and a workbook is saved under the name the server gives it.
 */
export function PaperworkLink({ href, children, testId }: { href: string; children: React.ReactNode; testId?: string }) {
  return (
    <Button size="small" href={href} target="_blank" rel="noopener" data-testid={testId}>
      {children}
    </Button>
  );
}

/**
 * Chooses an .xlsx and posts it to an import endpoint; the server imports all of it or nothing, and its refusal
 * (every problem with its sheet, row and column) goes to `onError` for the page's Problem to show.
 */
export function ImportButton({
  path,
  children,
  onImported,
  onError,
}: {
  path: string;
  children: React.ReactNode;
  onImported: (id: string) => void;
  onError: (error: unknown) => void;
}) {
  const [busy, setBusy] = useState(false);
  const send = async (file: File) => {
    setBusy(true);
    onError(undefined);
    try {
      const created = await upload<{ id: string }>(path, file);
      onImported(created.id);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      beforeUpload={(file) => {
        void send(file);
        return false;
      }}
    >
      <Button size="small" loading={busy}>
        {children}
      </Button>
    </Upload>
  );
}
