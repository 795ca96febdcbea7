import { describeRules } from './rule-cases';

describeRules('place rules', [
  { rule: 'place.full', text: '近日，湖南省举办职工运动会。', surface: '湖南省' },
  { rule: 'place.typo', text: '他在黑龙省工作多年。', surface: '黑龙省', name: '黑龙江省' },
  { rule: 'place.named', text: '代表团访问了美国。', surface: '美国' },
  { rule: 'place.town', text: '他来到桃源镇看望职工。', surface: '桃源镇' },
  { rule: 'place.short', text: '来自湘潭的选手夺冠。', surface: '湘潭', name: '湘潭市' },
  { rule: 'place.short-context', text: '常德市石门县总工会开展活动，石门的职工参加。', surface: '石门', name: '石门县' },
  { rule: 'place.town-context', text: '宁乡市花明楼镇举办活动，花明楼的职工参加。', surface: '花明楼', name: '花明楼镇' },
  { rule: 'place.split', text: '会议在甘肃兰州召开。', surface: '兰州', name: '兰州市' },
  { rule: 'place.site', text: '游客在梅岭森林公园游览。', surface: '梅岭森林公园' },
  { rule: 'place.local', text: '东山社区的职工参加了培训。', surface: '东山社区' },
  { rule: 'place.abbr-pair', text: '中美两国签署协议。', surface: '美', name: '美国' },
  { rule: 'place.abbr-verb', text: '代表团在京工作三天。', surface: '京', name: '北京市' },
  { rule: 'place.abbr-title', text: '俄总统发表讲话。', surface: '俄', name: '俄罗斯' },
]);

describeRules('place rules: lists of sites', [
  { rule: 'place.site-list', text: '游客参观了岳麓书院、橘子洲、爱晚亭等景点。', surface: '爱晚亭' },
  { rule: 'place.site-list', text: '游览了西湖、灵隐寺、雷峰塔等景区。', surface: '雷峰塔' },
]);
