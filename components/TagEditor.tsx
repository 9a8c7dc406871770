import { useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';

interface Props {
  tags: string[];
  known: string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
  /** Unique per page: the id of the completion list. */
  listId: string;
  /** Lets the caller read the completion tags only when the input is used. */
  onFocus?: () => void;
}

/** Tag chips and an input that adds a tag on Enter, completing from the tags already in the library. */
export function TagEditor({ tags, known, onAdd, onRemove, listId, onFocus }: Props) {
  const [draft, setDraft] = useState('');
  const inputId = `${listId}-input`;
  return (
    <div class="tags">
      <label for={inputId}>{t('tags')}</label>
      <ul class="tag-list">
        {tags.map((tag) => (
          <li class="chip tag" data-testid="tag" key={tag}>
            <span>{tag}</span>
            <button
              type="button"
              class="tag-remove"
              data-testid="tag-remove"
              aria-label={t('removeTag', tag)}
              onClick={() => onRemove(tag)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        type="text"
        data-testid="tag-input"
        list={listId}
        value={draft}
        placeholder={t('tagInputPlaceholder')}
        onFocus={onFocus}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.isComposing) return;
          e.preventDefault();
          if (draft.trim()) onAdd(draft);
          setDraft('');
        }}
      />
      <datalist id={listId}>
        {known
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option value={tag} key={tag} />
          ))}
      </datalist>
    </div>
  );
}
