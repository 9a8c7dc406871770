// When two printings are one headline: the page's own h1 against the headline its structured data gives.
import { describe, expect, it } from 'vitest';
import { headlineKey, sameHeadline } from './text';

describe('headlineKey', () => {
  it('keeps letters and digits only, lower-cased', () => {
    expect(headlineKey('  “Rates rise,” she says — again ')).toBe('rates rise she says again');
    expect(headlineKey('知识产权：保护 2024')).toBe('知识产权 保护 2024');
  });
});

describe('sameHeadline', () => {
  it.each([
    ['Lumber prices slide as housing starts cool', 'Lumber prices slide as housing starts cool!'],
    [
      'High School Roundup: Viera defeats Rockledge to remain undefeated',
      'HS Roundup: Viera defeats Rockledge to remain undefeated',
    ],
    ['内蒙古延续部分到期税收优惠政策助企纾困', '内蒙古延续部分到期税收优惠政策 助企纾困'],
  ])('matches %s / %s', (a, b) => {
    expect(sameHeadline(a, b)).toBe(true);
  });

  it.each([
    ['Published 1 day ago', 'Home Depot sales miss, shares plunge'],
    ['Highlights', 'Desalination plant doubles output ahead of summer'],
    ['Why sampling beats monitoring', 'Profiling a Node.js service in production without restarts'],
    ['痞客邦 PIXNET', '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家'],
    ['', 'Anything'],
  ])('tells apart %s / %s', (a, b) => {
    expect(sameHeadline(a, b)).toBe(false);
  });
});
