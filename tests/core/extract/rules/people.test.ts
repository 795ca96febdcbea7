import { describeRules } from './rule-cases';

describeRules('person rules', [
  { rule: 'person.byline', text: '本报讯(记者王海涛 通讯员李思)近日，活动举行。', surface: '王海涛' },
  { rule: 'person.byline-line', text: '王晓明 本报记者 刘洋 本报通讯员 陈静', surface: '王晓明' },
  { rule: 'person.byline-photo', text: '工人在车间加工零件。 刘洋 摄', surface: '刘洋' },
  { rule: 'person.known', text: '学习马克思主义理论。', surface: '马克思' },
  { rule: 'person.honorific', text: '李先生说，工会帮了大忙。', surface: '李先生' },
  { rule: 'person.title', text: '车间主任刘德明带领大家。', surface: '刘德明' },
  { rule: 'person.cue-after', text: '据悉，杨建华告诉记者。', surface: '杨建华' },
  { rule: 'person.foreign-dot', text: '约翰·史密斯参观了工厂。', surface: '约翰·史密斯' },
  { rule: 'person.propagated', text: '主任贺子龙介绍情况。大家都感谢贺子龙。', surface: '贺子龙' },
  { rule: 'person.title-foreign', text: '教练斯科拉里说，球队准备充分。', surface: '斯科拉里' },
  { rule: 'person.cue-after-foreign', text: '前锋阿德里亚诺表示，比赛很艰难。', surface: '阿德里亚诺' },
  { rule: 'person.compound', text: '欧阳振东(左)正在讲解。', surface: '欧阳振东' },
  { rule: 'person.list', text: '主任李卫东、贺子龙等人到场。', surface: '贺子龙' },
  { rule: 'person.jieba-nr', text: '张建国、李卫东等人到场。', surface: '张建国' },
  { rule: 'person.jieba-nr-foreign', text: '球队由克林斯曼在禁区内头球摆渡。', surface: '克林斯曼' },
  { rule: 'person.jieba-split', text: '杨红梅到场。', surface: '杨红梅' },
  { rule: 'person.unknown-word', text: '吴红家到场。', surface: '吴红家' },
]);
