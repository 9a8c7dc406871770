import { describe, expect, it } from 'vitest';
import { factsOf, textsOf } from './summarize-helpers';

describe('Chinese key facts', () => {
  it('numbers keep their measure word, and 个 its noun', () => {
    const facts = factsOf(
      '全区116所公安党校,来自6个盟市的万余名师生,征集5大类作品,增长30%,利用360度全景技术。',
      'zh',
    );
    expect(textsOf(facts, 'number')).toEqual(['116所', '6个盟市', '万余名', '5大类', '30%', '360度']);
  });

  it('keeps an approximate 数/几 with its numeral', () => {
    expect(textsOf(factsOf('距地球数千公里的太空中。', 'zh'), 'number')).toEqual(['数千公里']);
  });

  it('does not take idiomatic single numerals (一个, 三级) as quantities', () => {
    const facts = factsOf('确定一个基层联系点,建立三级考核体系,推出一系列措施。', 'zh');
    expect(textsOf(facts, 'number')).toEqual([]);
  });

  it('dates, absolute from the page date', () => {
    const facts = factsOf(
      '4月3日,轮训班开班。自2022年1月1日起实施。近日,活动启动。去年12月5日,会议召开。',
      'zh',
      '2023-04-26',
    );
    expect(facts.filter((f) => f.kind === 'date').map((f) => [f.text, f.value])).toEqual([
      ['4月3日', '2023-04-03'],
      ['2022年1月1日', '2022-01-01'],
      ['近日', undefined],
      ['去年12月5日', '2022-12-05'],
    ]);
  });

  it('a month and day late in the year, published in January, belong to the year before', () => {
    const [date] = factsOf('12月30日,活动举行。', 'zh', '2024-01-03');
    expect(date).toMatchObject({ kind: 'date', text: '12月30日', value: '2023-12-30' });
  });

  it('year-less dates have no ISO value without a page date', () => {
    const [date] = factsOf('4月22日,活动举行。', 'zh');
    expect(date).toEqual({ kind: 'date', text: '4月22日', sentence: 0 });
  });

  it('places end at an administrative suffix and start after a boundary', () => {
    const facts = factsOf(
      '在呼和浩特市、呼伦贝尔市、兴安盟、锡林郭勒盟等地开展,并在翁牛特旗举行活动。',
      'zh',
    );
    expect(textsOf(facts, 'place')).toEqual(['呼和浩特市', '呼伦贝尔市', '兴安盟', '锡林郭勒盟', '翁牛特旗']);
  });

  it('common words ending in a suffix character are not places', () => {
    const facts = factsOf('城市社区和农村地区的全区干部都参加了。', 'zh');
    expect(textsOf(facts, 'place')).toEqual([]);
  });

  it('organisations by suffix, starting at a place or level word, chained through sub-units', () => {
    const facts = factsOf(
      '自治区公安厅交管局、赤峰市公安局交管支队、翁牛特旗公安局携手赤峰市委宣传部、文化旅游局等部门举行活动。锚定自治区公安厅党委提出的目标。',
      'zh',
    );
    expect(textsOf(facts, 'org')).toEqual([
      '自治区公安厅交管局',
      '赤峰市公安局交管支队',
      '翁牛特旗公安局',
      '赤峰市委宣传部',
      '文化旅游局',
      '自治区公安厅党委',
    ]);
  });

  it('a short unit name without a place counts (看护总队), a generic word does not (干部, 部门)', () => {
    const facts = factsOf('看护总队党支部组织开展了活动,各级部门和干部参加。', 'zh');
    expect(textsOf(facts, 'org')).toEqual(['看护总队党支部']);
  });

  it('处 and 站 are not organisation suffixes, and a free name never starts inside a word', () => {
    const facts = factsOf('当人身处高空时,全球创新中心的专家说。', 'zh');
    expect(textsOf(facts, 'org')).toEqual(['创新中心']);
  });

  it('people named with a role', () => {
    const facts = factsOf('记者 张三报道,局长李四表示,活动取得实效。', 'zh');
    expect(textsOf(facts, 'person')).toEqual(['记者 张三', '局长李四']);
  });

  it('quoted names, with a count that belongs to them', () => {
    const facts = factsOf(
      '开展“清风煦北疆·廉洁驻警营”活动和“百日行动”,落实《内蒙古自治区公安机关警务辅助人员条例》,迎来第28个“世界读书日”。',
      'zh',
    );
    expect(textsOf(facts, 'quote')).toEqual([
      '“清风煦北疆·廉洁驻警营”',
      '“百日行动”',
      '《内蒙古自治区公安机关警务辅助人员条例》',
      '第28个“世界读书日”',
    ]);
  });

  it('quoted speech is not a quoted name', () => {
    const facts = factsOf('他说:“我们一定完成任务。”', 'zh');
    expect(textsOf(facts, 'quote')).toEqual([]);
  });

  it('facts are in order of first appearance, each once, pointing at their sentence', () => {
    const facts = factsOf(['兴安盟公安局开展活动。', '兴安盟公安局再次开展活动,共116所。'], 'zh');
    expect(facts.map((f) => [f.kind, f.text, f.sentence])).toEqual([
      ['org', '兴安盟公安局', 0],
      ['place', '兴安盟', 0],
      ['number', '116所', 1],
    ]);
  });
});
