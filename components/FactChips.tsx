import { useState } from 'preact/hooks';
import type { Fact, FactKind } from '@/lib/model';
import { groupFacts } from '@/lib/popup/markdown';
import { t, type MessageKey } from '@/lib/ui/i18n';

/** Chips shown per kind before "+N": a card stays readable on a page full of names. */
export const FACTS_SHOWN_PER_KIND = 8;

function FactRow({ kind, facts }: { kind: FactKind; facts: Fact[] }) {
  const [open, setOpen] = useState(false);
  const shown = open ? facts : facts.slice(0, FACTS_SHOWN_PER_KIND);
  const hidden = facts.length - shown.length;
  return (
    <div class="fact-group">
      <dt>{t(`fact_${kind}` as MessageKey)}</dt>
      <dd>
        {shown.map((fact) => (
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
        {hidden > 0 && (
          <button type="button" class="chip more" aria-expanded={false} onClick={() => setOpen(true)}>
            +{hidden}
          </button>
        )}
      </dd>
    </div>
  );
}

/** Key facts as chips, one row per kind. */
export function FactChips({ facts }: { facts: Fact[] }) {
  const groups = groupFacts(facts);
  if (!groups.length) return null;
  return (
    <dl class="facts">
      {groups.map(([kind, group]) => (
        <FactRow kind={kind} facts={group} key={kind} />
      ))}
    </dl>
  );
}
