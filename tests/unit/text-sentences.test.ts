import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text';

describe('splitSentences', () => {
  it.each([
    ['full-width ends', '他来了。她走了！真的吗？', ['他来了。', '她走了！', '真的吗？']],
    ['half-width ends', '他来了。她走了!真的吗?', ['他来了。', '她走了!', '真的吗?']],
    ['full-width semicolon', '第一；第二；第三。', ['第一；', '第二；', '第三。']],
    ['half-width semicolon between Han', '出台意见;实现目标。', ['出台意见;', '实现目标。']],
    ['closing quote stays', '她说:“真的吗?”我笑了。', ['她说:“真的吗?”', '我笑了。']],
    ['opening quote moves to its sentence', '我笑了。“好的!”他说。', ['我笑了。', '“好的!”', '他说。']],
    ['closing bracket stays', '活动结束。(完)', ['活动结束。', '(完)']],
    ['Chinese ellipsis', '然后走了……我们呢?', ['然后走了……我们呢?']],
    ['three dots in Chinese', '他走了...我们呢?', ['他走了...我们呢?']],
    ['decimal number', '增长3.5倍,达到1.2万人。', ['增长3.5倍,达到1.2万人。']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text, 'zh')).toEqual(expected);
  });

  it('keeps English titles and abbreviations inside their sentence', () => {
    expect(
      splitSentences(
        'Mr. Smith paid $2.5 million in the U.S. on Jan. 5. He left. Dr. Who met Gov. Brown at 3 p.m. today.',
        'en',
      ),
    ).toEqual([
      'Mr. Smith paid $2.5 million in the U.S. on Jan. 5.',
      'He left.',
      'Dr. Who met Gov. Brown at 3 p.m. today.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence', () => {
    expect(splitSentences('He moved to the U.S. The rest followed.', 'en')).toEqual([
      'He moved to the U.S.',
      'The rest followed.',
    ]);
  });

  it('keeps a middle initial', () => {
    expect(splitSentences('John F. Kennedy spoke. Then he left.', 'en')).toEqual([
      'John F. Kennedy spoke.',
      'Then he left.',
    ]);
  });

  it('returns trimmed non-empty sentences only', () => {
    expect(splitSentences('  ', 'en')).toEqual([]);
    expect(splitSentences(' 一句话。 ', 'zh')).toEqual(['一句话。']);
  });
});
