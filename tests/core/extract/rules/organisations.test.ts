import { describeRules } from './rule-cases';

describeRules('organisation rules', [
  { rule: 'org.known', text: '国际劳工组织发布报告。', surface: '国际劳工组织' },
  { rule: 'org.suffix', text: '长沙市青年志愿者协会开展服务。', surface: '长沙市青年志愿者协会' },
  { rule: 'org.union-abbr', text: '宁波市海曙区总工会举办比赛，海曙区总派人参加。', surface: '海曙区总', name: '海曙区总工会' },
  { rule: 'org.union-bare', text: '湖南省总工会开会。省总各部门负责人参加。', surface: '省总', name: '湖南省总工会' },
  { rule: 'org.combined', text: '华新水泥股份有限公司武穴分公司召开职代会。', surface: '华新水泥股份有限公司武穴分公司' },
  { rule: 'org.bare-organ', text: '县委书记到企业调研。', surface: '县委' },
  { rule: 'ref.short', text: '株洲市职工发展基金会成立。基金会将资助困难职工。', surface: '基金会', name: '株洲市职工发展基金会' },
]);
