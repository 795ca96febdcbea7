// The common Chinese surnames (simplified and traditional forms), enough to tell a byline from a headline.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由晏郦訾冒蹇种' +
  '張陳楊黃趙吳劉鄭謝韓馮鄧蕭董袁潘蔣蔡葉蘇魏呂盧鍾譚陸範賈韋錢嚴龔邵萬湯溫聶歐關蘭俞柳紀單塗駱藍靳鮑饒繆車項蘆婁竇閔鄔鄒賀顧龐顏莊魯嶽翟詹鄺鄢藺闞練廉禹鄧羅孫馬許曾湯錢陶龍熊薛閆閻段雷黎劉';
const DOUBLE = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '西门', '令狐',
  '夏侯', '端木', '独孤', '南宫', '百里', '呼延', '澹台', '公羊', '轩辕', '万俟', '申屠', '钟离', '闻人', '赫连',
  '歐陽', '司馬', '諸葛', '東方', '長孫', '西門', '鍾離', '聞人', '赫連',
];
const SINGLE_SET = new Set(SINGLE);

/** True when a 2-4 character string can be a Chinese personal name (starts with a known surname). */
export function looksLikePersonName(name: string): boolean {
  // Names of minority peoples are written with a middle dot (阿不都·热合曼); accept those as they are.
  if (/^\p{Script=Han}{1,8}[·•]\p{Script=Han}{1,8}$/u.test(name)) return true;
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return false;
  if (DOUBLE.some((s) => name.startsWith(s)) && name.length >= 3) return true;
  return SINGLE_SET.has(name[0]);
}

/** True when a name starts with a compound surname (欧阳, 司马...). */
export function hasCompoundSurname(name: string): boolean {
  return DOUBLE.some((s) => name.startsWith(s));
}
