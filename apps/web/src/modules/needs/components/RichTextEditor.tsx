import { useEffect, useRef, type ClipboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList' | 'createLink';

/** Without a symbol, a button shows the first letter of its label (G/B for bold, I for italic). */
const COMMANDS: { command: Command; labelKey: string; symbol?: string }[] = [
  { command: 'bold', labelKey: 'needs.editor.bold' },
  { command: 'italic', labelKey: 'needs.editor.italic' },
  { command: 'insertUnorderedList', labelKey: 'needs.editor.bulletList', symbol: '•' },
  { command: 'insertOrderedList', labelKey: 'needs.editor.numberedList', symbol: '1.' },
  { command: 'createLink', labelKey: 'needs.editor.link', symbol: '🔗' },
];

/**
 * A small rich-text field: a contenteditable region (role textbox) with a few formatting buttons
 * (bold, italic, lists, link; Ctrl+B / Ctrl+I work too). Pasted content arrives as plain text. The
 * server sanitises the HTML on save, so this only has to produce something reasonable.
 */
export function RichTextEditor({
  id,
  label,
  hint,
  error,
  initialHtml,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  initialHtml: string;
  onChange: (html: string) => void;
}) {
  const { t } = useTranslation();
  const editor = useRef<HTMLDivElement>(null);
  const labelId = `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  // Uncontrolled: the content is set once; re-rendering it on each keystroke would move the caret.
  useEffect(() => {
    if (editor.current) editor.current.innerHTML = initialHtml;
    // New paragraphs as <p> (Chrome writes <div> otherwise).
    document.execCommand('defaultParagraphSeparator', false, 'p');
  }, []); // only the first value

  function run(command: Command) {
    editor.current?.focus();
    if (command === 'createLink') {
      const url = window.prompt(t('needs.editor.linkPrompt'), 'https://')?.trim();
      if (!url || !/^(https?:\/\/|mailto:)/i.test(url)) return;
      document.execCommand('createLink', false, url);
    } else {
      document.execCommand(command);
    }
    onChange(editor.current?.innerHTML ?? '');
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
  }

  return (
    <div className={['field', 'rich-text-field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      {/* A div is not labelable: the label names the textbox through aria-labelledby. */}
      <span id={labelId} className="field-label" onClick={() => editor.current?.focus()}>
        {label}
      </span>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <div role="toolbar" aria-label={t('needs.editor.toolbar')} aria-controls={id} className="rich-text-toolbar">
        {COMMANDS.map(({ command, labelKey, symbol }) => (
          <button
            key={command}
            type="button"
            className="button button--small button--ghost"
            // Keep the selection in the editor when the button is clicked.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
            title={t(labelKey)}
          >
            <span aria-hidden="true" className={`rich-text-symbol rich-text-symbol--${command}`}>
              {symbol ?? t(labelKey).charAt(0)}
            </span>
            <span className="visually-hidden">{t(labelKey)}</span>
          </button>
        ))}
      </div>
      <div
        ref={editor}
        id={id}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        contentEditable
        suppressContentEditableWarning
        tabIndex={0}
        className="rich-text-editor"
        onInput={(event) => onChange(event.currentTarget.innerHTML)}
        onPaste={onPaste}
      />
      {error ? (
        <p id={errorId} className="field-error" data-field-error={id.replace(/^field-/, '')}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
