import type { FactKind } from '@/lib/model';
import { bulletinToMarkdown, type MarkdownLabels } from '@/lib/popup/markdown';
import type { PopupStore } from '@/lib/popup/state';
import { t, type MessageKey } from '@/lib/ui/i18n';
import { ArticleCard } from './ArticleCard';
import { PagePanel } from './PagePanel';
import { RecentList } from './RecentList';
import { StateMessage } from './StateMessage';

const FACT_KINDS: FactKind[] = ['number', 'date', 'place', 'org', 'person', 'quote'];

export function markdownLabels(): MarkdownLabels {
  return {
    keySentences: t('keySentences'),
    facts: t('facts'),
    keywords: t('keywords'),
    note: t('pageNote'),
    tags: t('tags'),
    factKinds: Object.fromEntries(FACT_KINDS.map((k) => [k, t(`fact_${k}` as MessageKey)])) as Record<
      FactKind,
      string
    >,
  };
}

/** The popup: state message, the page's articles, the reader's layer, latest saves and links. */
export function PopupApp({ store, libraryUrl }: { store: PopupStore; libraryUrl: string }) {
  const state = store.state.value;
  const bulletin = store.bulletin.value;
  const detection = store.detection.value;
  const showDigest = (state === 'ready' || state === 'too-large') && bulletin;
  const saving = store.saveStatus.value === 'saving';
  return (
    <main class="popup" data-testid="popup" data-state={state} aria-busy={state === 'working'}>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        {detection && (
          <span class="kind" data-testid="page-kind" data-kind={detection.kind}>
            {t(`kind_${detection.kind}` as MessageKey)}
            {showDigest ? ` · ${t('articleCount', bulletin.articles.length)}` : ''}
          </span>
        )}
      </header>
      <StateMessage
        state={state}
        errorMessage={store.errorMessage.value}
        noArticles={detection?.kind === 'bulletin' || detection?.kind === 'article'}
        onExtractAnyway={() => void store.extractAnyway()}
      />
      {showDigest && (
        <>
          <PagePanel store={store} />
          <div class="cards">
            {bulletin.articles.map((article) => (
              <ArticleCard
                key={article.id}
                article={article}
                fallbackDate={bulletin.publishedAt}
                saved={store.savedArticleIds.value.includes(article.id)}
                saving={saving}
                onSave={(id) => void store.saveArticle(id)}
                onSentence={(text) => void store.highlight(text)}
              />
            ))}
          </div>
        </>
      )}
      <RecentList items={store.recent.value} />
      <footer class="popup-footer">
        {showDigest && (
          <button
            type="button"
            data-testid="copy-markdown"
            data-copied={store.copied.value}
            onClick={() =>
              void store.copyMarkdown(
                bulletinToMarkdown(
                  bulletin,
                  {
                    pageNote: store.pageNote.value,
                    tags: store.tags.value,
                    starred: store.starred.value,
                    articleNotes: {},
                  },
                  markdownLabels(),
                ),
              )
            }
          >
            {store.copied.value ? t('copied') : t('copyMarkdown')}
          </button>
        )}
        <a href={libraryUrl} target="_blank" rel="noopener" data-testid="open-library">
          {t('openLibrary')}
        </a>
      </footer>
    </main>
  );
}
