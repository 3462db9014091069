import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { returnFocusToBody } from '../returnFocusToBody';
import { showToolbarReport, useToolbarReport } from './toolbarReportStore';

/**
 * The line under the toolbar where its actions report (a polite live region, so screen readers
 * hear it): part of the page's flow, so it pushes the text down rather than covering it. It goes
 * at the next edit of the body, or with Dismiss.
 */
export function ToolbarReportLine({ editor }: { editor: Editor }) {
  const report = useToolbarReport();
  useEffect(() => {
    const clear = () => showToolbarReport(null);
    editor.on('update', clear);
    return () => {
      editor.off('update', clear);
      clear();
    };
  }, [editor]);
  // The live region is always there, empty or not: one that appears with its text is not read out.
  return (
    <div className={`toolbar-report${report ? ' toolbar-report--shown' : ''}`}>
      <div className="toolbar-report__text" role="status" aria-live="polite">
        {report ? <p>{report.summary}</p> : null}
        {report && report.details.length > 0 ? (
          <ul>
            {report.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {report ? (
        <button
          type="button"
          className="button button--quiet toolbar-report__dismiss"
          onClick={() => {
            showToolbarReport(null);
            returnFocusToBody(editor);
          }}
        >
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
