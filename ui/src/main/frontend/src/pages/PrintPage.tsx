import { Button, Space, Spin } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useT } from '../i18n';
import { paths } from '../paths';
import './print.css';

/** A paper as the server describes it: the same blocks its PDF is laid out from. */
export interface Paper {
  title: string;
  blocks: Block[];
}

interface Block {
  kind: 'TITLE' | 'SUBTITLE' | 'HEADING' | 'TEXT' | 'TABLE' | 'SIGNATURES' | 'RIGHT' | 'NOTE';
  text: string | null;
  header: string[];
  widths: number[];
  rows: string[][];
}

/** The print view of a 督查交办单 (`/print/task-lists/:id`). */
export function TaskListPrintPage() {
  const { id } = useParams();
  return <PrintView pdf={paths.paperworkTaskList(id ?? '')} blocks={paths.paperworkTaskListPaper(id ?? '')} />;
}

/** The print view of a 督查通报 (`/print/bulletin?workPlan=&from=&to=`). */
export function BulletinPrintPage() {
  const [params] = useSearchParams();
  const query = new URLSearchParams({
    workPlan: params.get('workPlan') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  return <PrintView pdf={paths.paperworkBulletin(query)} blocks={paths.paperworkBulletinPaper(query)} />;
}

/** The paper (its blocks from `blocks`) on an A4 sheet, with buttons to print it here or to open the server's PDF. */
function PrintView({ pdf, blocks }: { pdf: string; blocks: string }) {
  const t = useT();
  const paper = useApi<Paper>(blocks);
  if (paper.error) return <Problem error={paper.error} />;
  if (!paper.data) return <Spin style={{ margin: 48 }} />;
  return (
    <>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="print">
          {t('paperwork.printNow')}
        </Button>
        <Button href={pdf} target="_blank" rel="noopener">
          {t('paperwork.pdf')}
        </Button>
      </Space>
      <div className="paper" data-testid="paper">
        {paper.data.blocks.map((block, i) => (
          <PaperBlock key={i} block={block} />
        ))}
      </div>
    </>
  );
}

function PaperBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'TITLE':
      return <h1>{block.text}</h1>;
    case 'SUBTITLE':
      return <div className="subtitle">{block.text}</div>;
    case 'HEADING':
      return <h2>{block.text}</h2>;
    case 'TEXT':
      return <p>{block.text}</p>;
    case 'RIGHT':
      return <div className="right">{block.text}</div>;
    case 'NOTE':
      return <div className="note">{block.text}</div>;
    default: {
      const total = block.widths.reduce((a, b) => a + b, 0) || 1;
      return (
        <table className={block.kind === 'SIGNATURES' ? 'signatures' : undefined}>
          <colgroup>
            {block.widths.map((w, i) => (
              <col key={i} style={{ width: `${(100 * w) / total}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.header.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}
