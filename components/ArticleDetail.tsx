import type { LibraryStore } from '@/lib/library/state';
import { articleMeta } from '@/lib/popup/markdown';
import type { ArticleView } from '@/lib/store';
import { t } from '@/lib/ui/i18n';
import { safeHref } from '@/lib/ui/safe-url';
import { FactChips } from './FactChips';
import { NoteEditor } from './NoteEditor';
import { StarToggle } from './StarToggle';
import { TagEditor } from './TagEditor';

function ArticleBody({ store, article }: { store: LibraryStore; article: ArticleView }) {
  const a = article.article;
  const paragraphs = a.sections.flatMap((s) => s.paragraphs);
  const isHighlighted = (paragraph: number, text: string) =>
    article.highlights.some((h) => h.paragraph === paragraph && h.text === text);
  return (
    <article class="article-detail" aria-labelledby={`detail-${article.key}`}>
      <h2 id={`detail-${article.key}`}>{a.headline || t('noHeadline')}</h2>
      {a.subheadline && <p class="deck">{a.subheadline}</p>}
      <p class="meta">{articleMeta(a)}</p>
      <section>
        <h3>{t('summary')}</h3>
        <ol class="sentences">
          {a.summary.sentences.map((s, i) => {
            const on = isHighlighted(s.paragraph, s.text);
            return (
              <li key={i} class={on ? 'highlighted' : ''}>
                {s.text}{' '}
                <button
                  type="button"
                  class="icon"
                  aria-pressed={on}
                  aria-label={on ? t('removeHighlight') : t('addHighlight')}
                  title={on ? t('removeHighlight') : t('addHighlight')}
                  onClick={() =>
                    void store.toggleHighlight(
                      article.key,
                      s.paragraph,
                      Math.max(0, (paragraphs[s.paragraph] ?? '').indexOf(s.text)),
                      s.text,
                    )
                  }
                >
                  {on ? '★' : '☆'}
                </button>
              </li>
            );
          })}
        </ol>
        <FactChips facts={a.summary.facts} />
        {a.summary.keywords.length > 0 && (
          <p class="keywords" aria-label={t('keywords')}>
            {a.summary.keywords.map((k) => (
              <span class="keyword" key={k}>
                {k}
              </span>
            ))}
          </p>
        )}
      </section>
      <NoteEditor
        key={`article-note-${article.key}`}
        id={`article-note-${article.key}`}
        label={t('articleNote')}
        value={article.note}
        testId="note-editor"
        onSave={(note) => store.saveArticleNote(article.key, note)}
      />
      <section>
        <h3>{t('highlights')}</h3>
        {article.highlights.length === 0 ? (
          <p class="muted">{t('noHighlights')}</p>
        ) : (
          <ul class="highlights">
            {article.highlights.map((h) => (
              <li key={h.id} data-testid="highlight">
                <mark>{h.text}</mark>{' '}
                <button
                  type="button"
                  class="icon"
                  aria-label={t('removeHighlight')}
                  onClick={() => h.id !== undefined && void store.removeHighlight(h.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <details class="full-text">
        <summary>{t('fullText')}</summary>
        {a.sections.map((section, i) => (
          <section key={i}>
            {section.heading && <h4>{section.heading}</h4>}
            {section.paragraphs.map((p, j) => (
              <p key={j}>{p}</p>
            ))}
          </section>
        ))}
        {a.figures.map((f, i) => (
          <p key={`f${i}`} class="muted">
            {f.caption}
            {f.credit ? ` (${f.credit})` : ''}
          </p>
        ))}
      </details>
      {article.alsoOn.length > 0 && (
        <p class="muted small">
          {article.alsoOn.map((o) => (
            <a key={o.pageId} href={safeHref(o.url)} target="_blank" rel="noopener noreferrer">
              {o.title || o.site}
            </a>
          ))}
        </p>
      )}
    </article>
  );
}

/** A saved page in detail: the reader's layer of the page, then the chosen article. */
export function ArticleDetail({ store }: { store: LibraryStore }) {
  const view = store.detail.value;
  if (!view) return <p class="muted detail-empty">{t('detailEmpty')}</p>;
  const { page } = view;
  const all = [...view.articles, ...view.detached];
  const current = all.find((a) => a.key === store.detailArticleKey.value) ?? all[0];
  return (
    <div class="detail" data-testid="detail" data-page-id={page.id}>
      <header class="row detail-head">
        <h2 class="page-title">{page.title}</h2>
        <StarToggle
          starred={page.starred === 1}
          onToggle={() => void store.setStar(page.id, page.starred !== 1)}
        />
        <button type="button" data-testid="delete" onClick={() => void store.deletePage(page.id, page.title)}>
          {t('delete')}
        </button>
      </header>
      <p class="muted small">
        <a href={safeHref(page.url)} target="_blank" rel="noopener noreferrer">
          {t('openOriginal')}
        </a>{' '}
        · {page.siteName || page.site} · {page.editionDate}
      </p>
      <NoteEditor
        key={`page-note-${page.id}`}
        id={`page-note-${page.id}`}
        label={t('pageNoteLabel')}
        value={page.note}
        testId="page-note-editor"
        onSave={(note) => store.saveNote(page.id, note)}
      />
      <TagEditor
        tags={page.tags}
        known={store.tags.value}
        listId="detail-tags"
        onAdd={(tag) => void store.setTags(page.id, [...page.tags, tag])}
        onRemove={(tag) =>
          void store.setTags(
            page.id,
            page.tags.filter((x) => x !== tag),
          )
        }
      />
      {all.length > 1 && (
        <nav class="article-tabs" aria-label={t('articleCount', all.length)}>
          {all.map((a) => (
            <button
              type="button"
              key={a.key}
              aria-current={a.key === current?.key}
              onClick={() => (store.detailArticleKey.value = a.key)}
            >
              {a.article.headline || t('noHeadline')}
            </button>
          ))}
        </nav>
      )}
      {current && <ArticleBody key={current.key} store={store} article={current} />}
    </div>
  );
}
