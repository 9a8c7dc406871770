import type { Article } from '@/lib/model';
import { articleMeta } from '@/lib/popup/markdown';
import { t } from '@/lib/ui/i18n';
import { FactChips } from './FactChips';

interface Props {
  article: Article;
  fallbackDate?: string;
  saved: boolean;
  saving: boolean;
  onSave: (articleId: string) => void;
  onSentence: (text: string) => void;
}

/** One article of the page: headline, deck, meta line, key sentences, facts, keywords, save. */
export function ArticleCard({ article, fallbackDate, saved, saving, onSave, onSentence }: Props) {
  const { sentences, facts, keywords } = article.summary;
  const headingId = `headline-${article.id}`;
  return (
    <article class="card" data-testid="article-card" data-article-id={article.id} aria-labelledby={headingId}>
      <header>
        <h2 id={headingId} data-testid="headline">
          {article.headline || t('noHeadline')}
        </h2>
        {article.subheadline && (
          <p class="deck" data-testid="deck">
            {article.subheadline}
          </p>
        )}
        <p class="meta" data-testid="meta">
          {articleMeta(article, fallbackDate)}
        </p>
      </header>
      {sentences.length > 0 && (
        <section aria-label={t('keySentences')}>
          <h3>{t('keySentences')}</h3>
          <ol class="sentences">
            {sentences.map((s, i) => (
              <li key={i}>
                <button
                  type="button"
                  class="sentence"
                  data-testid="key-sentence"
                  title={t('keySentenceHint')}
                  onClick={() => onSentence(s.text)}
                >
                  {s.text}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <FactChips facts={facts} />
      {keywords.length > 0 && (
        <p class="keywords" aria-label={t('keywords')}>
          {keywords.map((k) => (
            <span class="keyword" data-testid="keyword" key={k}>
              {k}
            </span>
          ))}
        </p>
      )}
      <footer>
        <button
          type="button"
          data-testid="save-article"
          disabled={saving}
          aria-pressed={saved}
          onClick={() => onSave(article.id)}
        >
          {saved ? t('savedArticle') : t('saveArticle')}
        </button>
      </footer>
    </article>
  );
}
