/** Demo content for positions: one 见习单位 per 市 and a dozen realistic position templates. */
export const CITY_UNITS: Record<string, { name: string; legalRep: string; contactName: string; phone: string }> = {
  '1401': { name: '太原市龙城智慧物流有限公司', legalRep: '郝志远', contactName: '梁晓燕', phone: '13903510101' },
  '1402': { name: '大同市云冈文旅发展有限公司', legalRep: '白海涛', contactName: '任丽娟', phone: '13903520102' },
  '1403': { name: '阳泉市娘子关新材料股份有限公司', legalRep: '乔建军', contactName: '温秀英', phone: '13903530103' },
  '1404': { name: '长治市上党现代农业科技有限公司', legalRep: '申国平', contactName: '牛慧敏', phone: '13903550104' },
  '1405': { name: '晋城市太行康养服务有限公司', legalRep: '原志刚', contactName: '卫红梅', phone: '13903560105' },
  '1406': { name: '朔州市桑干河乳业有限公司', legalRep: '霍文斌', contactName: '贾晓丽', phone: '13903490106' },
  '1407': { name: '晋中市平遥古城文化传媒有限公司', legalRep: '雷振华', contactName: '冀婷婷', phone: '13903540107' },
  '1408': { name: '运城市河东果业集团有限公司', legalRep: '薛永红', contactName: '畅小芳', phone: '13903590108' },
  '1409': { name: '忻州市五台山文化旅游有限公司', legalRep: '闫宏伟', contactName: '范春燕', phone: '13903500109' },
  '1410': { name: '临汾市尧都区医药连锁有限公司', legalRep: '亢志明', contactName: '吉雅琴', phone: '13903570110' },
  '1411': { name: '吕梁市汾阳杏花酒业销售有限公司', legalRep: '任建新', contactName: '郭美玲', phone: '13903580111' },
};

export type PositionTemplate = {
  title: string;
  category: string;
  education: string;
  major: string;
  duties: string;
  requirements: string;
  allowance: number;
  months: number;
  headcount: number;
};

export const POSITION_TEMPLATES: PositionTemplate[] = [
  {
    title: '行政助理',
    category: '行政/人事类',
    education: '大专及以上',
    major: '行政管理、文秘等相关专业',
    duties: '协助办理公文收发、会议组织、档案整理和日常接待工作。',
    requirements: '熟练使用办公软件，沟通表达清楚，工作细致负责。',
    allowance: 2400,
    months: 6,
    headcount: 2,
  },
  {
    title: '会计助理',
    category: '财务/会计类',
    education: '大专及以上',
    major: '会计学、财务管理',
    duties: '协助整理原始凭证、登记台账、核对往来账目，参与月末结账。',
    requirements: '了解会计基础知识，熟悉Excel，持有初级会计证者优先。',
    allowance: 2500,
    months: 6,
    headcount: 1,
  },
  {
    title: '软件开发见习生',
    category: '研发类',
    education: '本科及以上',
    major: '计算机科学与技术、软件工程',
    duties: '在导师指导下参与业务系统的前后端开发、测试与文档编写。',
    requirements: '掌握一门编程语言，了解数据库基础，学习能力强。',
    allowance: 3500,
    months: 12,
    headcount: 3,
  },
  {
    title: '电子商务运营',
    category: '销售/市场类',
    education: '大专及以上',
    major: '电子商务、市场营销',
    duties: '负责网店商品上架、活动策划、客户咨询和数据统计。',
    requirements: '熟悉主流电商平台，有文案与图片处理基础。',
    allowance: 2600,
    months: 6,
    headcount: 2,
  },
  {
    title: '质量检验员',
    category: '生产制造类',
    education: '高中/中专及以上',
    major: '机械、化工、食品等相关专业',
    duties: '按标准对原材料和成品进行抽样检验，填写检验记录。',
    requirements: '责任心强，能适应车间工作环境。',
    allowance: 2500,
    months: 6,
    headcount: 4,
  },
  {
    title: '农业技术员',
    category: '农业类',
    education: '大专及以上',
    major: '农学、园艺、植物保护',
    duties: '参与种植基地的田间管理、病虫害监测和技术推广。',
    requirements: '吃苦耐劳，能适应野外工作，有驾照者优先。',
    allowance: 2400,
    months: 12,
    headcount: 2,
  },
  {
    title: '护理见习生',
    category: '医疗卫生类',
    education: '大专及以上',
    major: '护理学',
    duties: '在带教老师指导下开展基础护理、康复协助和健康宣教。',
    requirements: '取得或正在考取护士执业资格，有爱心和耐心。',
    allowance: 2800,
    months: 12,
    headcount: 3,
  },
  {
    title: '导游讲解员',
    category: '客户服务类',
    education: '大专及以上',
    major: '旅游管理、历史学',
    duties: '为游客提供景区讲解与咨询服务，协助组织团队接待。',
    requirements: '普通话标准，形象良好，热爱地方历史文化。',
    allowance: 2400,
    months: 6,
    headcount: 3,
  },
  {
    title: '新媒体编辑',
    category: '销售/市场类',
    education: '本科及以上',
    major: '新闻学、汉语言文学、广告学',
    duties: '撰写公众号与短视频文案，参与拍摄剪辑和账号运营。',
    requirements: '文字功底好，会使用常见剪辑软件。',
    allowance: 2800,
    months: 6,
    headcount: 1,
  },
  {
    title: '仓储管理员',
    category: '管理类',
    education: '高中/中专及以上',
    major: '物流管理等相关专业',
    duties: '负责货物出入库登记、盘点和库位管理。',
    requirements: '熟悉Excel，能适应轮班。',
    allowance: 2400,
    months: 6,
    headcount: 2,
  },
  {
    title: '人力资源助理',
    category: '行政/人事类',
    education: '本科及以上',
    major: '人力资源管理、劳动与社会保障',
    duties: '协助招聘、入职办理、考勤统计和社保业务经办。',
    requirements: '了解劳动法基础知识，保密意识强。',
    allowance: 2600,
    months: 6,
    headcount: 1,
  },
  {
    title: '设备维修见习生',
    category: '技术类',
    education: '高中/中专及以上',
    major: '机电一体化、电气自动化',
    duties: '跟随师傅开展设备日常点检、保养和故障维修。',
    requirements: '动手能力强，持电工证者优先。',
    allowance: 2700,
    months: 12,
    headcount: 2,
  },
];

/** Demo persons' profiles (张晓明 eligible as a recent graduate; 李国强 graduated in 2007). */
export const DEMO_PROFILES: Record<string, { education: string; major: string; school: string; graduationDate: string; category: 'graduate' | 'youth' }> = {
  '00000000-0000-4000-8000-000000000201': {
    education: '大学本科',
    major: '计算机科学与技术',
    school: '太原理工大学',
    graduationDate: '2025-07-01',
    category: 'graduate',
  },
  '00000000-0000-4000-8000-000000000202': {
    education: '大学本科',
    major: '机械设计制造及其自动化',
    school: '太原科技大学',
    graduationDate: '2007-07-01',
    category: 'graduate',
  },
};
