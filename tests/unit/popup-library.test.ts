// The popup's reads of the library on fake-indexeddb: the saved layer of a page found by its URL.
import { afterEach, describe, expect, it } from 'vitest';
import { savedLayer } from '../../lib/popup/library';
import { getDatabase } from '../../lib/store/database';
import { save } from '../../lib/store/save';
import { PATENTS, POLICE, makeBulletin } from './store-fixtures';

afterEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
});

describe('savedLayer', () => {
  it("gives a saved page's note, tags, star and saved article ids, by its URL", async () => {
    const url = 'https://epaper.example.cn/2023-04/26/node_03.html';
    await save(getDatabase(), makeBulletin(url, [POLICE, PATENTS]), {
      note: 'page note',
      tags: ['police'],
      starred: true,
    });
    expect(await savedLayer(url)).toEqual({
      pageNote: 'page note',
      tags: ['police'],
      starred: true,
      articleNotes: {},
      savedArticleIds: [POLICE.id, PATENTS.id],
    });
  });

  it('gives nothing for a page never saved', async () => {
    expect(await savedLayer('https://example.org/not-saved')).toBeUndefined();
  });
});
