import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { safeUrl } from '../../../electron/shared/editor/safeUrl';
import { returnFocusToBody } from './returnFocusToBody';

export type LinkDialogProps = {
  editor: Editor;
  onClose: () => void;
};

/** Adds a scheme to what people type: `example.com` → `https://example.com`, `name@site.org` → mailto. */
export function normaliseLinkInput(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('/')) return trimmed;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`;
  return `https://${trimmed}`;
}

/** The link popover: type or change the address, remove the link, or open it. */
export function LinkDialog({ editor, onClose }: LinkDialogProps) {
  const existing: unknown = editor.getAttributes('link').href;
  const currentHref = typeof existing === 'string' ? existing : '';
  const [address, setAddress] = useState(currentHref);
  const openable = /^(https?|mailto):/i.test(currentHref) ? safeUrl(currentHref, 'link') : null;
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const close = () => {
    onClose();
    returnFocusToBody(editor);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const href = safeUrl(normaliseLinkInput(address), 'link');
    if (href === null) {
      setError('Use a web address (https://…), an email address or a phone number (tel:…).');
      return;
    }
    const { empty } = editor.state.selection;
    const chain = editor.chain().extendMarkRange('link');
    if (empty && currentHref === '') chain.insertContent({ type: 'text', text: address.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    close();
  };

  const handleRemove = () => {
    editor.chain().extendMarkRange('link').unsetLink().run();
    close();
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="popover link-dialog" role="dialog" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
      <form onSubmit={handleSubmit}>
        <h2 id={titleId} className="popover__title">
          {currentHref ? 'Edit link' : 'Add link'}
        </h2>
        <label className="popover__label" htmlFor={`${titleId}-address`}>
          Link address
        </label>
        <input
          id={`${titleId}-address`}
          ref={input}
          className="input"
          value={address}
          placeholder="https://"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p id={errorId} className="hint hint--error">
            {error}
          </p>
        ) : null}
        <div className="popover__buttons">
          {openable ? (
            // The shell's window-open handler sends this to the system browser; the app never navigates.
            <a className="button button--quiet" href={openable} target="_blank" rel="noopener noreferrer">
              Open link
            </a>
          ) : null}
          {currentHref ? (
            <button type="button" className="button button--quiet" onClick={handleRemove}>
              Remove link
            </button>
          ) : null}
          <span className="popover__spacer" />
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Apply
          </button>
        </div>
      </form>
    </div>
  );
}
