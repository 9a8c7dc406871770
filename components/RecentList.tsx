import type { RecentItem } from '@/lib/popup/state';
import { t } from '@/lib/ui/i18n';
import { safeHref } from '@/lib/ui/safe-url';

/** The latest saves, each a link to its page. */
export function RecentList({ items }: { items: RecentItem[] }) {
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recentSaves')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('noRecent')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id} data-testid="recent-item">
              <a href={safeHref(item.url)} target="_blank" rel="noopener noreferrer">
                {item.title || item.url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
