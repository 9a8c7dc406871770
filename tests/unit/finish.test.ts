// Finishing drafts into articles: the rules that look at the page's metadata and at the story as a whole.
import { describe, expect, it } from 'vitest';
import { finishArticles } from '../../lib/extract/finish';
import type { PageMetadata } from '../../lib/extract/metadata';
import { BOLD_LINE_RANK, PLAIN_LINE_RANK } from '../../lib/extract/roles';
import type { DraftArticle } from '../../lib/extract/segment';

const BODY = 'The harbor authority opened the new ferry terminal on Monday after two years of building work.';

function draft(fields: Partial<DraftArticle>): DraftArticle {
  return {
    headline: '',
    rank: 1,
    authors: [],
    sections: [{ paragraphs: [BODY] }],
    figures: [],
    closed: false,
    linked: false,
    headerLines: false,
    evidence: true,
    openedByRank: false,
    group: -1,
    ...fields,
  };
}

function meta(fields: Partial<PageMetadata> = {}): PageMetadata {
  return { title: 'Ferry terminal opens', lang: 'en', authors: [], declaresArticle: false, ...fields };
}

describe('finishArticles', () => {
  it('drops a story whose body has no letters, so the one left takes the page authors', () => {
    const articles = finishArticles(
      [
        draft({ headline: 'Ferry terminal opens' }),
        draft({ headline: 'More links', sections: [{ paragraphs: ['-', '|', '2387'] }] }),
      ],
      { meta: meta({ authors: ['Ana Ruiz'] }), kind: 'article' },
    );
    expect(articles.map((a) => [a.headline, a.authors])).toEqual([['Ferry terminal opens', ['Ana Ruiz']]]);
  });

  describe('teasers with a blurb cut off by an ellipsis', () => {
    const LONG = `${BODY} ${BODY} ${BODY}`;
    const teaser = (headline: string, text: string, linked = true) =>
      draft({ headline, linked, sections: [{ paragraphs: [text] }] });
    const headlines = (drafts: DraftArticle[]) =>
      finishArticles(drafts, { meta: meta(), kind: 'bulletin' }).map((a) => a.headline);

    it('drops linked ones, whatever the ellipsis and the link after it', () => {
      const story = draft({ headline: 'Ferry terminal opens', sections: [{ paragraphs: [LONG, BODY] }] });
      expect(
        headlines([
          story,
          teaser('Harbor fees rise', `${LONG} The fees …`),
          teaser('Night ferries return', `${LONG} Starting in May, the ... Read More`),
          teaser(
            '码头新航线开通',
            `${'新航线将连接东西两岸码头，每天往返十二班，票价与现有航线相同。'.repeat(8)}市民……阅读全文`,
          ),
          teaser('Quay works end', `${LONG} the east [...]`),
        ]),
      ).toEqual(['Ferry terminal opens']);
    });

    it('keeps a story whose headline is not a link, one that ends in a full stop, and a long one', () => {
      expect(
        headlines([
          teaser('Harbor fees rise', `${LONG} The fees …`, false),
          teaser('Night ferries return', LONG),
          teaser('Quay works end', `${LONG} ${LONG} ${LONG} the east …`),
        ]),
      ).toEqual(['Harbor fees rise', 'Night ferries return', 'Quay works end']);
    });
  });

  it('credits the reporters, not the wire service they write for, and the service when no one is named', () => {
    const authorsOf = (authors: string[]) =>
      finishArticles([draft({ headline: 'Ferry terminal opens', authors })], {
        meta: meta(),
        kind: 'article',
      })[0].authors;
    expect(authorsOf(['Jane Doe', 'Associated Press'])).toEqual(['Jane Doe']);
    expect(authorsOf(['The Associated Press'])).toEqual(['The Associated Press']);
  });

  it('gives a declared article headed by a plain line its declared headline', () => {
    const [article] = finishArticles([draft({ headline: 'Highlights', rank: PLAIN_LINE_RANK })], {
      meta: meta({ declaresArticle: true, articleHeadline: 'Ferry terminal opens on the east quay' }),
      kind: 'article',
    });
    expect(article.headline).toBe('Ferry terminal opens on the east quay');
    expect(article.sections[0].heading).toBe('Highlights');
  });

  it('keeps a plain-line headline when the page declares no article', () => {
    const [article] = finishArticles([draft({ headline: 'Highlights', rank: BOLD_LINE_RANK })], {
      meta: meta(),
      kind: 'article',
    });
    expect(article.headline).toBe('Highlights');
  });

  it('heads no section with the headline printed again', () => {
    const [article] = finishArticles(
      [
        draft({
          headline: 'Ferry terminal opens',
          sections: [{ paragraphs: [BODY] }, { heading: '“Ferry terminal opens”', paragraphs: [BODY] }],
        }),
      ],
      { meta: meta(), kind: 'article' },
    );
    expect(article.sections.map((s) => s.heading)).toEqual([undefined, undefined]);
  });

  it('drops a deck that only repeats the byline', () => {
    const [article] = finishArticles(
      [
        draft({
          headline: 'Ferry terminal opens',
          subheadline: 'Ana Ruiz, AP Writer',
          authors: ['ANA RUIZ', 'AP Writer'],
        }),
      ],
      { meta: meta(), kind: 'article' },
    );
    expect(article.subheadline).toBeUndefined();
    expect(article.authors).toEqual(['ANA RUIZ', 'AP Writer']);
  });

  it('folds stories opened only by heading rank into the declared article, not into an undeclared page', () => {
    const stories = [
      draft({ headline: 'Ferry terminal opens', evidence: false }),
      draft({ headline: 'What it cost', evidence: false, openedByRank: true }),
    ];
    const declared = finishArticles(stories, {
      meta: meta({ declaresArticle: true, articleHeadline: 'Ferry terminal opens' }),
      kind: 'article',
    });
    expect(declared.map((a) => a.sections.map((s) => s.heading))).toEqual([[undefined, 'What it cost']]);
    const undeclared = finishArticles(stories, { meta: meta(), kind: 'article' });
    expect(undeclared.map((a) => a.headline)).toEqual(['Ferry terminal opens', 'What it cost']);
  });
});
