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
  return (
    <div className="toolbar-report" role="status" aria-live="polite">
      {report ? (
        <>
          <div className="toolbar-report__text">
            <p>{report.summary}</p>
            {report.details.length > 0 ? (
              <ul>
                {report.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </div>
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
        </>
      ) : null}
    </div>
  );
}
