import type { Fact } from '@/lib/model';
import { groupFacts } from '@/lib/popup/markdown';
import { t, type MessageKey } from '@/lib/ui/i18n';

/** Key facts as chips, one row per kind. */
export function FactChips({ facts }: { facts: Fact[] }) {
  const groups = groupFacts(facts);
  if (!groups.length) return null;
  return (
    <dl class="facts">
      {groups.map(([kind, group]) => (
        <div class="fact-group" key={kind}>
          <dt>{t(`fact_${kind}` as MessageKey)}</dt>
          <dd>
            {group.map((fact) => (
              <span
                class={`chip chip-${kind}`}
                data-testid="fact"
                data-kind={kind}
                key={fact.text}
                title={fact.value}
              >
                {fact.text}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
