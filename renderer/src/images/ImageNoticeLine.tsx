import { useImageNotice } from './imageNotice';

/** The last picture notice under the toolbar: a refusal as an alert, what was stripped as a status. */
export function ImageNoticeLine() {
  const notice = useImageNotice();
  if (notice === null) return null;
  return (
    <p className={`image-notice${notice.kind === 'error' ? ' image-notice--error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.message}
    </p>
  );
}
