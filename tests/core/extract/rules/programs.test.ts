import { describeRules } from './rule-cases';

describeRules('program rules', [
  { rule: 'quote.tail', text: '会员可通过“工匠之家”APP报名。', surface: '“工匠之家”APP', name: '工匠之家APP' },
  { rule: 'quote.suffix', text: '市总工会推出“安心保”，为职工提供保障。', surface: '安心保' },
  { rule: 'quote.list', text: '打造了“春风暖心”“金秋助学”等项目。', surface: '金秋助学' },
  { rule: 'quote.theme', text: '“温暖湘城”2023年“夏送清凉”活动启动。', surface: '温暖湘城' },
  { rule: 'quote.repeated', text: '“职工之家”很温馨。大家常去“职工之家”。', surface: '职工之家' },
  { rule: 'quote.launch', text: '工会推出“职工书屋”。', surface: '职工书屋' },
  { rule: 'program.suffix', text: '株洲市第五届职工篮球大赛开幕。', surface: '株洲市第五届职工篮球大赛' },
]);
