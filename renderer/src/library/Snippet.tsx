import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../electron/shared/model/draft';

/** Splits a search snippet at its match markers: odd parts are the matches. */
export function snippetParts(snippet: string): string[] {
  return snippet.split(new RegExp(`[${SNIPPET_OPEN}${SNIPPET_CLOSE}]`));
}

/** A search snippet with its matches highlighted, built from text nodes only (never HTML). */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet">
      {snippetParts(text).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : <span key={index}>{part}</span>))}
    </span>
  );
}
