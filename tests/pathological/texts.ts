// Real-looking article texts for the pathological pages that must still come out as articles.

export const ARABIC_ARTICLE = {
  headline: 'افتتاح مكتبة عامة جديدة في وسط مدينة عمّان',
  byline: 'عمّان — كتبت: ليلى حداد',
  date: '2024-03-15',
  displayDate: '١٥ آذار ٢٠٢٤',
  paragraphs: [
    'افتتحت أمانة عمّان الكبرى، صباح اليوم الجمعة، مكتبة عامة جديدة في منطقة جبل اللويبدة، تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية، إضافة إلى قاعة للمطالعة تتسع لمئة وخمسين قارئاً.',
    'وقال أمين عمّان في كلمة خلال حفل الافتتاح إن المشروع يأتي ضمن خطة لإنشاء خمس مكتبات جديدة في أحياء المدينة خلال العامين المقبلين، بهدف تشجيع القراءة بين الشباب والأطفال.',
    'وتفتح المكتبة أبوابها يومياً من الساعة التاسعة صباحاً حتى الثامنة مساءً، ما عدا يوم السبت، ويمكن للزوار استعارة ثلاثة كتب لمدة أسبوعين مجاناً بعد التسجيل ببطاقة الهوية.',
    'وأشار مدير المكتبة إلى أن قسم الأطفال سيقدم ورشاً أسبوعية في الرسم وكتابة القصص، كما ستستضيف القاعة الرئيسية ندوة شهرية يلتقي فيها كتّاب أردنيون بقرائهم.',
    'وكانت الأمانة قد خصصت مليوني دينار لتجهيز المبنى الذي يعود تاريخه إلى خمسينيات القرن الماضي، وأعيد ترميمه مع الحفاظ على واجهته الحجرية الأصلية.',
  ],
};

export const CHINESE_NOTICE = {
  site: '某某县人民政府门户网站',
  headline: '关于做好2024年春季森林防火工作的通知',
  docNumber: '某政办发〔2024〕12号',
  salutation: '各乡镇人民政府，县直各有关单位：',
  paragraphs: [
    '当前正值春季森林防火关键期，气温回升快，降水偏少，林区可燃物载量大，森林火险等级持续偏高。为切实做好春季森林防火工作，确保人民群众生命财产安全和森林资源安全，经县政府同意，现将有关事项通知如下：',
    '一、压实防火责任。各乡镇要严格落实森林防火行政首长负责制，层层签订责任书，把防火责任落实到山头地块，做到山有人管、林有人护、火有人防。',
    '二、严格火源管控。在重点林区入口设立检查站，严禁携带火种进山，严禁在林区吸烟、烧纸、燃放烟花爆竹。清明节前后要加派人员巡查，发现违规用火立即制止。',
    '三、加强应急值守。各单位要严格执行24小时值班和领导带班制度，保持通讯畅通，发现火情第一时间报告，确保打早、打小、打了。',
    '四、做好宣传教育。利用广播、短信、微信群等多种方式广泛宣传森林防火知识，进村入户发放宣传资料不少于5000份，提高群众防火意识。',
  ],
  signature: '某某县人民政府办公室',
  date: '2024年3月15日',
  nav: ['首页', '政务公开', '政策文件', '办事服务', '互动交流', '走进某某'],
  related: ['关于印发2024年安全生产工作要点的通知', '某某县2023年国民经济和社会发展统计公报', '关于开展春季爱国卫生运动的通知'],
};

export const SHADOW_ARTICLE = {
  headline: 'Harbour bridge reopens after six months of repairs',
  paragraphs: [
    'The harbour bridge reopened to traffic on Monday morning after six months of repairs to its steel deck, the city transport office said.',
    'Engineers replaced 1,200 square metres of corroded plating and repainted the main span, work that had been delayed twice by winter storms.',
    'Buses on routes 14 and 22 return to their old stops from Tuesday, and the temporary ferry service ends on Friday.',
  ],
};

export const PLAIN_ARTICLE = {
  headline: 'Council approves new cycle lanes on the river road',
  paragraphs: [
    'The city council voted on Thursday to build protected cycle lanes along the full length of the river road, a project expected to take two years.',
    'Supporters said the lanes would cut accidents at the three busiest junctions, where 41 cyclists were injured last year.',
    'Shop owners asked for loading bays to be kept, and the council agreed to review the plan with them before work starts in the spring.',
  ],
};
