// Field readers on their own: datelines, author credits and bylines, photo captions, date lines.
import { describe, expect, it } from 'vitest';
import {
  isWireAgency,
  readByline,
  readCreditLine,
  readReutersTrailer,
  takeTrailingCredit,
} from '../../lib/extract/fields/authors';
import { readDateLine } from '../../lib/extract/fields/dates';
import { readDateline } from '../../lib/extract/fields/dateline';
import { looksLikeCaption, readCaption } from '../../lib/extract/fields/figures';
import { isHeadlineLike } from '../../lib/extract/fields/lines';
import { isPartLabel } from '../../lib/extract/fields/text';
import { roleOf } from '../../lib/extract/roles';

describe('readDateline', () => {
  it.each([
    ['呼和浩特讯 为深入开展学习教育活动。', '呼和浩特', undefined, [], '为深入开展学习教育活动。'],
    ['本报讯 4月20日上午,民警走进校园。', '本报', undefined, [], '4月20日上午,民警走进校园。'],
    [
      '本报讯(记者 王建国 通讯员 刘晓燕)4月21日,整治启动。',
      '本报',
      undefined,
      ['王建国', '刘晓燕'],
      '4月21日,整治启动。',
    ],
    [
      '新华社北京4月22日电(记者 赵文君)公安部22日召开发布会。',
      '北京',
      '4月22日',
      ['赵文君'],
      '公安部22日召开发布会。',
    ],
    [
      'BEIJING, April 22 (Reuters) - China will ease rules.',
      'BEIJING',
      'April 22',
      [],
      'China will ease rules.',
    ],
    [
      'WASHINGTON — The Senate on Thursday approved a bill.',
      'WASHINGTON',
      undefined,
      [],
      'The Senate on Thursday approved a bill.',
    ],
    ['NEW YORK (AP) — Stocks fell.', 'NEW YORK', undefined, [], 'Stocks fell.'],
    ['Beijing, April 22 (Xinhua) -- Officials said.', 'Beijing', 'April 22', [], 'Officials said.'],
  ])('%s', (paragraph, place, dateText, authors, rest) => {
    expect(readDateline(paragraph)).toEqual({ place, dateText, authors, rest });
  });

  it.each([
    '近年来,全区公安机关各级政工部门着力锻造公安铁军。',
    '他来电 说明情况。',
    'The Senate — in a rare vote — approved it.',
    'Officials said on Monday - without giving details - that talks continue.',
  ])('finds no dateline in %s', (paragraph) => {
    expect(readDateline(paragraph)).toBeUndefined();
  });
});

describe('author credits', () => {
  it.each([
    ['(陆晗)', ['陆晗']],
    ['(萨其荣贵 李庭)', ['萨其荣贵', '李庭']],
    ['（萨其荣贵 李庭）', ['萨其荣贵', '李庭']],
    ['(记者 张三 通讯员 李四)', ['张三', '李四']],
    ['(王  伟)', ['王伟']],
    ['（记者 张三）', ['张三']],
    ['（松花江网编辑 孙桂芳）', []],
    ['(阿尔斯楞·巴特尔)', ['阿尔斯楞·巴特尔']],
    ['(Reporting by Lin Mei and David Stanway; Editing by Kim Coghill)', ['Lin Mei', 'David Stanway']],
  ])('credit line %s', (line, names) => {
    expect(readCreditLine(line)).toEqual(names);
  });

  it.each(['(完)', '(市区)', '(2023年)', '(见下图)', '(尚未设定个人链接)'])('%s is no credit', (line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });

  it.each([
    ['记者 张三 通讯员 李四', ['张三', '李四']],
    ['本报记者 王五', ['王五']],
    ['光明日报记者 王建宏 张文攀', ['王建宏', '张文攀']],
    ['新华网黑龙江频道 记者 伊琳 李清芬', ['伊琳', '李清芬']],
    ['本报实习生 刘国栋 周炜', ['刘国栋', '周炜']],
    ['作者:戴紫君', ['戴紫君']],
    ['作者：戴紫君', ['戴紫君']],
    ['记者　张三　通讯员　李四', ['张三', '李四']],
    ['文/张三 图/李四', ['张三', '李四']],
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith, Staff Writers', ['Jane Doe', 'John Smith']],
    ['BY LIN MEI', ['LIN MEI']],
    ['By Maria Lopez · January 15, 2024', ['Maria Lopez']],
    ['By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.', ['Louis Jacobson']],
    ['By Dana Whitfield, March 4, 2024', ['Dana Whitfield']],
    ['By Helen Marsh-Okafor', ['Helen Marsh-Okafor']],
    ['By Jean-Luc Moreau - Staff Writer', ['Jean-Luc Moreau']],
    ['By Jane Doe -', ['Jane Doe']],
  ])('byline %s', (line, names) => {
    expect(readByline(line)).toEqual(names);
  });

  it.each([
    'By the end of the year, prices had risen.',
    '记者从市公安局获悉,行动已启动。',
    'Bylaws were changed',
    // A date inside a sentence that starts with `By` does not make it a byline.
    'By March 4, 2024 the council had voted twice.',
    'By the time the council voted on March 4, 2024, the bridge had closed.',
  ])('%s is no byline', (line) => {
    expect(readByline(line)).toBeUndefined();
  });

  it('reads a Reuters trailer without editors', () => {
    expect(
      readReutersTrailer('Reporting by Lin Mei; Additional reporting by Tom Hale; Editing by Kim Coghill'),
    ).toEqual(['Lin Mei', 'Tom Hale']);
    expect(readReutersTrailer('ADDITIONAL REPORTING BY Tom Hale; Editing by Kim Coghill')).toEqual([
      'Tom Hale',
    ]);
    expect(readReutersTrailer('Editing by Kim Coghill')).toEqual([]);
    expect(readReutersTrailer('The reporting by Lin Mei was cited')).toBeUndefined();
  });

  it('takes a credit off the end of the last paragraph', () => {
    expect(takeTrailingCredit('形成浓厚氛围。(戴紫君)')).toEqual({
      text: '形成浓厚氛围。',
      authors: ['戴紫君'],
    });
    expect(takeTrailingCredit('公安机关(旗县)开展活动')).toBeUndefined();
  });
});

describe('figures', () => {
  it.each([
    ['读书活动现场。李庭摄', { caption: '读书活动现场。', credit: '李庭' }],
    ['民警为学生讲解防诈骗知识。 记者 张伟 摄', { caption: '民警为学生讲解防诈骗知识。', credit: '张伟' }],
    ['图为活动现场。 江城市公安局供图', { caption: '图为活动现场。', credit: '江城市公安局' }],
    [
      'Containers at a port, April 18, 2024. Photo: Chen Wei/World Wire',
      { caption: 'Containers at a port, April 18, 2024.', credit: 'Chen Wei/World Wire' },
    ],
    ['A closed bridge. (Photo by Sam Ortiz)', { caption: 'A closed bridge.', credit: 'Sam Ortiz' }],
    [
      'A worker loads door trims outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
      {
        caption: 'A worker loads door trims outside a store in Hialeah, Fla.',
        credit: 'AP Photo/Alan Diaz, File',
      },
    ],
    [
      'The cargo ship before launch. (Oleg Urusov/Roscosmos photo via AP)',
      { caption: 'The cargo ship before launch.', credit: 'Oleg Urusov/Roscosmos photo via AP' },
    ],
  ])('%s', (text, figure) => {
    expect(looksLikeCaption(text)).toBe(true);
    expect(readCaption(text)).toEqual(figure);
  });

  // Each needs a different one of the marks tested before the patterns (摄 图 供 ©, photo, image, picture,
  // credit, (c)): a mark left out of that test loses its kind of caption.
  it.each([
    '读书活动现场。李庭摄',
    '上图:民警在现场',
    '活动现场。图片:张三',
    '活动现场。江城市公安局提供',
    '活动现场。江城市公安局供稿',
    'Flood barriers in Rotterdam. © Reuters',
    'Smoke over the hills. (C) Jane Doe',
    'The harbour at dawn. PHOTO: Jane Doe',
    'The harbour at dawn. Image: City Council',
    'The harbour at dawn. Picture by Jane Doe',
    'The harbour at dawn. Credit: Jane Doe',
  ])('finds the credit in %s', (text) => {
    expect(looksLikeCaption(text)).toBe(true);
  });

  it('keeps the image address', () => {
    expect(readCaption('读书活动现场。李庭摄', 'a.jpg').src).toBe('a.jpg');
  });

  it('does not take prose for a caption', () => {
    expect(looksLikeCaption('他说,这张照片是去年拍摄的,很有纪念意义。')).toBe(false);
    expect(looksLikeCaption('The council approved the photo radar program (after a long debate).')).toBe(
      false,
    );
  });
});

describe('line kinds', () => {
  it.each([
    ['激发内生动力 锻造公安铁军', true],
    ['交通文明携手共建 绘就乡村振兴“新画卷”', true],
    ['Two Arrested After Pursuit on Highway 9', true],
    ['读书活动现场。李庭摄', false],
    ['(陆晗)', false],
    ['第12期', false],
    ['2023年4月26日 星期三', false],
    ['活动中,民辅警向创新企业员工、青', false],
    ['The driver was booked into jail.', false],
  ])('%s headline-like: %s', (line, expected) => {
    expect(isHeadlineLike(line)).toBe(expected);
  });

  it.each([
    ['2023-04-26 08:00', '2023-04-26'],
    ['2023年4月26日 星期三', '2023-04-26'],
    ['Posted on: April 22, 2024', '2024-04-22'],
    ['Updated March 7, 2024 at 6:42 p.m. EST', '2024-03-07'],
    ['发布时间:2024-05-08 09:30', '2024-05-08'],
    ['发布时间：2024-05-08 09:30', '2024-05-08'],
  ])('date line %s', (line, iso) => {
    expect(readDateLine(line)).toBe(iso);
  });

  // Lines without letters: slide counters and counts are furniture, date lines keep their date.
  it.each([
    ['1 / 5', 'skip'],
    ['(12/30)', 'skip'],
    ['3／8', 'skip'],
    ['4553', 'skip'],
    ['2023/4/26', 'date'],
    ['2023-04-26 08:00', 'date'],
    ['1 / 5 photos', 'heading'],
  ])('line %s is %s', (text, kind) => {
    const block = {
      text,
      tag: 'div',
      headingLevel: 0,
      bold: false,
      linkDensity: 0,
      caption: false,
      group: -1,
    };
    expect(roleOf(block).kind).toBe(kind);
  });

  it('does not read prose mentioning a date as a date line', () => {
    expect(readDateLine('4月22日,围绕主题,自治区公安厅开展了宣传活动。')).toBeUndefined();
    expect(
      readDateLine('On April 22, 2024 the council met to discuss the budget for next year.'),
    ).toBeUndefined();
  });
});

describe('part labels', () => {
  it('knows the labels that head a part of a story', () => {
    for (const label of [
      '编者按',
      '编者按：',
      '编后',
      '附件',
      '附件1',
      '附件 2：',
      '附录',
      '背景资料',
      'Editor’s note',
      "Editor's Note:",
      'Attachments',
      'Appendix B',
    ]) {
      expect(isPartLabel(label), label).toBe(true);
    }
  });

  it('leaves headlines that start like one alone', () => {
    for (const text of [
      '附件下载量创新高',
      '编者按语的写法',
      'Appendix surgery on the rise',
      'Attachments to home: a survey',
    ]) {
      expect(isPartLabel(text), text).toBe(false);
    }
  });
});

describe('wire services', () => {
  it.each([
    ['The Associated Press', ['The Associated Press']],
    ['By Reuters', ['Reuters']],
    ['AFP', ['AFP']],
    ['The Canadian Press', ['The Canadian Press']],
  ])('a line naming only an agency is a byline: %s', (line, names) => {
    expect(readByline(line)).toEqual(names);
    expect(isWireAgency(names[0])).toBe(true);
  });

  it('takes no agency out of a longer line', () => {
    expect(readByline('The Associated Press contributed to this report.')).toBeUndefined();
    expect(isWireAgency('Jane Doe')).toBe(false);
  });

  const WIRE_CAPTION =
    'In this Jan. 28, 2025, file photo, made available by the port authority, workers clear ice from the ferry terminal ramp in Digby, Nova Scotia, after a storm left more than 40 centimetres of snow on the shore. (Port of Digby via AP, File)';

  it('reads a long wire photo caption as a caption, up to a bound', () => {
    expect(WIRE_CAPTION.length).toBeGreaterThan(200);
    expect(looksLikeCaption(WIRE_CAPTION)).toBe(true);
    expect(looksLikeCaption(`${WIRE_CAPTION} ${WIRE_CAPTION}`)).toBe(false);
    expect(
      looksLikeCaption('In this undated photo provided by the family, Ana Ruiz holds her diploma.'),
    ).toBe(true);
    expect(looksLikeCaption('In this case, the court said, the photo had been taken without consent.')).toBe(
      false,
    );
    expect(looksLikeCaption('In this town, the council meets on Mondays.')).toBe(false);
  });
});
