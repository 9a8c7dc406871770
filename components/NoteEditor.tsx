import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';

interface Props {
  id: string;
  label: string;
  value: string;
  onSave: (note: string) => Promise<void>;
  testId: string;
}

/** Saves after a pause in typing and on blur. */
export const NOTE_SAVE_DELAY_MS = 500;

/**
 * A note textarea that saves itself: after a pause in typing, and when it loses focus. `value` seeds it;
 * give it a `key` per record so another record's note starts a fresh editor.
 */
export function NoteEditor({ id, label, value, onSave, testId }: Props) {
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');
  const saved = useRef(value);
  // The latest text typed: the DOM value may lag a render behind it.
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = async (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (text === saved.current) return;
    saved.current = text;
    try {
      await onSave(text);
      setStatus('saved');
    } catch (error) {
      console.debug('note not saved', error);
      saved.current = '';
      setStatus('error');
    }
  };

  useEffect(() => () => timer.current && clearTimeout(timer.current), []);

  return (
    <div class="note-editor">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        data-testid={testId}
        rows={3}
        value={draft}
        onInput={(e) => {
          const text = e.currentTarget.value;
          latest.current = text;
          setDraft(text);
          setStatus('idle');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(text), NOTE_SAVE_DELAY_MS);
        }}
        onBlur={() => void flush(latest.current)}
      />
      <span class={`save-${status}`} role="status" data-testid={`${testId}-status`} data-status={status}>
        {status === 'saved' ? t('noteSaved') : ''}
      </span>
    </div>
  );
}
