/** A small stylesheet so the exported page reads well on its own; the website uses its own. */
export const pageStyle = [
  'body{margin:0;font:18px/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}',
  'main{max-width:42rem;margin:0 auto;padding:2rem 1rem}',
  '.nd-kicker{margin:0;font:600 .8rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#b00020}',
  '.nd-headline{margin:.3rem 0;font-size:2.2rem;line-height:1.2}',
  '.nd-dek{margin:.5rem 0 1rem;font-size:1.2rem;color:#444}',
  '.nd-byline,.nd-author-bio,.nd-published{font:.9rem/1.4 system-ui,sans-serif;color:#555}',
  '.nd-byline,.nd-author-bio{margin:0}',
  '.nd-author{font-weight:600}',
  '.nd-dateline{font-weight:700}',
  '.nd-ad{margin:1.5rem 0;padding:1rem;border:1px dashed #bbb;text-align:center}',
  '.nd-ad-label{font:.7rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.1em;color:#888}',
  '.nd-related{margin:1.5rem 0;padding:.75rem 1rem;border-inline-start:4px solid #b00020;background:#f6f6f6}',
  '.nd-related-label{font-weight:700;margin-inline-end:.4rem}',
  'blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:3px solid #ccc;color:#333}',
].join('\n');
