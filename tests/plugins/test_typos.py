"""Typo rules TY001–TY005: true positives, look-alikes that must stay clean, seeds, fixtures."""

from pathlib import Path

import pytest

from checker.errors import ConfigError
from checker.testing import check_text

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "typos"


def found(text, rule, **kwargs):
    return [(f.rule.id, f.text, f.line, f.column, f.suggestion) for f in check_text(text, select=[rule], **kwargs)]


def only(text, rule, **kwargs):
    (finding,) = check_text(text, select=[rule], **kwargs)
    return finding


# ── TY001 confusion dictionary ────────────────────────────────────────────────────────────

TY001_CASES = [
    # (text, flagged characters, suggestion)
    ("作风建设必须弛而不息、常抓不懈。", "弛", "驰"),
    ("算好时间帐。", "帐", "账"),
    ("这种人是滥芋充数。", "芋", "竽"),
    ("祝同学们金榜提名。", "提", "题"),
    ("他谈笑风声。", "声", "生"),
    ("敌人走头无路。", "头", "投"),
    ("希望大家再接再励。", "励", "厉"),
    ("不能默守成规。", "默", "墨"),
    ("对此一愁莫展。", "愁", "筹"),
    ("工作不能按步就班。", "步", "部"),
    ("针贬时弊，切中要害。", "贬", "砭"),
    ("要防范于未然。", "范", "患"),
    ("问题根深缔固。", "缔", "蒂"),
    ("切忌好高鹜远。", "鹜", "骛"),
    ("我们要一如继往地支持。", "继", "既"),
    ("要因地治宜推进。", "治", "制"),
    ("发扬同仇敌慨的精神。", "慨", "忾"),
    ("鞠躬尽粹，死而后已。", "粹", "瘁"),
    ("做到名符其实。", "符", "副"),
    ("如火如茶地开展活动。", "茶", "荼"),
    ("党员要各抒已见。", "已", "己"),
    ("二者相辅相承。", "承", "成"),
    ("坚持厉行节约，反对浪费，不能励行节约一阵子。", "励", "厉"),
    ("学习要融汇贯通。", "汇", "会"),
    ("他总是以身做则。", "做", "作"),
    ("坚持不懈、久久为攻。", "攻", "功"),
    ("要严于律已。", "已", "己"),
    ("一定要踔励奋发。", "励", "厉"),
    ("清理帐目。", "帐", "账"),
    ("及时报帐。", "帐", "账"),
    ("建立工作台帐。", "帐", "账"),
    ("按“三单一帐”要求整改。", "帐", "账"),
    ("一项事业的发韧。", "韧", "轫"),
    ("精心布署各项工作。", "布", "部"),
    ("形势依然严竣。", "竣", "峻"),
    ("大力宏扬新风正气。", "宏", "弘"),
    ("他的心情很急燥。", "燥", "躁"),
    ("取缔非法组织，不能取谛。", "谛", "缔"),
    ("这件事倍受关注。", "倍", "备"),
    ("要建设战斗保垒。", "保", "堡"),
    ("截止目前，已完成任务。", "止", "至"),
    ("向大家表示忠心感谢。", "忠", "衷"),
    ("要做好自已的工作。", "已", "己"),
    ("是提高党建科学化水平的有利手段。", "利", "力"),
    ("×个软弱涣基层党组织转化提升。", "涣", "涣散"),
    ("市场竞争，竟相压价不行，要竟相提高质量。", "竟", "竞"),
    ("搭帐蓬。", "蓬", "篷"),
    ("他是候选人，不是侯选人。", "侯", "候"),
    ("签定合同。", "定", "订"),
    ("会议记要已印发。", "记", "纪"),
    ("希望大家在接再厉，再创佳绩。", "在", "再"),
    ("既使是节假日，也要有人值守。", "既", "即"),
    ("既使再忙，也要抽时间学习。", "既", "即"),
    ("要一鼓做气，攻下难关。", "做", "作"),
    ("广泛集思广议，凝聚共识。", "议", "益"),
    ("不能墨守成归。", "归", "规"),
    ("全力以付抓好防汛工作。", "付", "赴"),
    ("存在敷衍塞则的现象。", "则", "责"),
    ("大坝出现局部坍榻。", "榻", "塌"),
    ("界时由各县负责。", "界", "届"),
    ("按照即定时间节点完成。", "即", "既"),
    ("在潜移墨化中受到教育。", "墨", "默"),
    ("让文明祭扫慰然成风。", "慰", "蔚"),
    ("检查消防拴是否完好。", "拴", "栓"),
    ("正确行使手中的权利。", "利", "力"),
    ("应急物资必需尽快补充更新。", "需", "须"),
    ("祝大家渡过一个欢乐祥和的节日。", "渡", "度"),
    ("聚焦企业和群众反应强烈的问题。", "应", "映"),
    ("以来信、来访形式向县委组织部反应。", "应", "映"),
    ("向县委组织部反应拟任人选在政治品质等方面的问题。", "应", "映"),
    ("调研中，老年人普遍反应助餐价格偏高。", "应", "映"),
    ("各乡镇普遍反应粮食生产任务分解到位。", "应", "映"),
    ("企业纷纷反应，融资审批时间长。", "应", "映"),
    ("对检查中发现的不付合规定的问题依法处理。", "付", "符"),
    ("对不付合申报条件的项目，一律不予安排。", "付", "符"),
    ("各有关部门要认真部属本行业领域隐患排查整治工作。", "属", "署"),
    ("本期公开内容既日起公示。", "既", "即"),
    ("教训十分深刻，我们要引以为诫。", "诫", "戒"),
    ("选手进入侯场区。", "侯", "候"),
    ("要厉行勤检节约。", "检", "俭"),
    ("有的单位对企业反映的问题置若惘闻。", "惘", "罔"),
    ("县水务公司水质检侧中心按要求开展检测。", "侧", "测"),
    ("加强水质监侧预警。", "侧", "测"),
    ("储备群众生活所必须的物资。", "须", "需"),
    ("这是开展工作必须的条件。", "须", "需"),
    ("用于项目挖觉整理。", "觉", "掘"),
    ("对违规发放的严肃处理，以敬效尤。", "敬", "儆"),
    ("春蚕到死丝方尽，蜡炬成灰泪使干。", "使", "始"),
    ("食品安全是机关食堂工作的重中之中。", "中", "重"),
    ("浅尝辙止不可取。", "辙", "辄"),
    ("要提纲携领抓重点。", "携", "挈"),
    ("祝各位企业家大展鸿途。", "鸿途", "宏图"),
    ("召开廉政坐谈会。", "坐", "座"),
    ("要贯切落实会议精神。", "切", "彻"),
    ("截止2023年12月20日，累计报送信息156条。", "止", "至"),
    ("切实维护群众的合法权力。", "力", "益"),
    ("进入车间必须配带安全帽。", "配带", "佩戴"),
    ("全年排查矛盾纠纷4863件，成功划解4711件。", "划", "化"),
    ("各调委会既时化解邻里纠纷。", "既", "及"),
    ("严历打击严重暴力犯罪。", "历", "厉"),
    ("引入社会组织参与社区校正工作。", "校", "矫"),
    ("全体党员配带党徽参加活动。", "配带", "佩戴"),
    ("希望大家精心组织、周蜜安排，确保圆满完成。", "蜜", "密"),
    ("部分患者及家属防范意识淡簿。", "簿", "薄"),
    ("老师们的淳淳教诲和家长的悉心陪伴。", "淳淳", "谆谆"),
    ("（二）开展知识产权保户集中宣传活动", "户", "护"),
    ("对抽查检察中发现问题的检查对象，依法责令改正。", "察", "查"),
    ("为教师提供了相互学习、相互借签的平台。", "签", "鉴"),
    ("12.诗朗颂《大地的赞歌》", "颂", "诵"),
    ("完成白沙河城区段12.5公理河道清淤疏浚。", "理", "里"),
    ("门诊侯诊时间缩短至18分钟。", "侯", "候"),
    ("习近平总书记亲自壁画、亲自部署。", "壁", "擘"),
    ("赓续红色血脉，庚续奋斗精神。", "庚", "赓"),
    ("旅客在侯机楼办理值机手续。", "侯", "候"),
    ("赢得了居民的一至好评。", "至", "致"),
    ("涉案车辆已被依法查封扣压。", "压", "押"),
    ("部分诉求存在推委扯皮现象。", "委", "诿"),
    ("严禁擅离职首、脱岗漏岗。", "首", "守"),
    ("工业总产值同比增涨8.7%。", "涨", "长"),
    ("励精图志、奋起直追。", "志", "治"),
    ("公式期满无异议的，正式发文认定。", "式", "示"),
    ("要坚持廉洁自率、爱岗敬业。", "率", "律"),
    ("先行垫付全部农民工工资和赔尝款。", "尝", "偿"),
    ("确保参训人员按时报道、全程参训。", "道", "到"),
    ("张　丽　市人民医院护理部付主任", "付", "副"),
    ("县委付书记、县长王明同志出席会议。", "付", "副"),
    ("他长期享受付处级待遇。", "付", "副"),
    ("由常务付县长牵头抓总。", "付", "副"),
    ("各团队必需为全体成员购买意外伤害保险。", "需", "须"),
    ("个别单位整改进度明显滞后，必需引起高度重视。", "需", "须"),
    ("坚决杜决特殊人群野外用火。", "决", "绝"),
    ("做到内容完整、字迹清淅、记录规范。", "淅", "晰"),
    ("依法查处哄抬价格、价格欺炸等违法行为。", "炸", "诈"),
    ("做到公开、公平、公证。", "证", "正"),
    ("开展精典诵读、猜灯谜等活动。", "精", "经"),
    ("值守教师须在警铃想起后立即到位。", "想", "响"),
    ("全场掌声想起。", "想", "响"),
    ("引导企业至力于原始创新。", "至", "致"),
    ("打造筑巢引风的良好载体。", "风", "凤"),
    ("提前储备融雪剂、草袋、防滑练等应急物资。", "练", "链"),
    ("坚持宽严相济、过罚想当。", "想", "相"),
    ("他们的先进事绩，充分体现了新时代青年志愿者的精神风貌。", "绩", "迹"),
    ("按照分级储备的原则，做好防汛物质储备工作。", "质", "资"),
    ("涌现出了一批令人振憾的青春榜样。", "振憾", "震撼"),
    ("（三）认真落实优待扶恤政策。", "扶", "抚"),
    ("严格执行公务接待规定，历行节约。", "历", "厉"),
    ("2.关于乡镇截流项目资金的问题。", "流", "留"),
    ("大红灯笼凭添了几分喜庆。", "凭", "平"),
    ("团委精心策化了这次活动。", "化", "划"),
    ("给您带来不便，深表报歉。", "报", "抱"),
    ("虽然事过进迁，但教训深刻。", "进", "境"),
    ("中华文明源远流常。", "常", "长"),
    ("往事厉厉在目。", "厉厉", "历历"),
    ("感谢各界顶力相助。", "顶", "鼎"),
    ("不能怨天忧人。", "忧", "尤"),
    ("往事记忆尤新。", "尤", "犹"),
    ("坚持求真物实。", "物", "务"),
    ("坚持实事求事。", "事", "是"),
    ("在抵砺奋进中成长。", "抵", "砥"),
    ("宿兴夜寐，勤勉工作。", "宿", "夙"),
    ("做到精亦求精。", "亦", "益"),
    ("锐义进取，开拓创新。", "义", "意"),
    ("绰厉奋发，笃行不怠。", "绰", "踔"),
    ("妄费心机。", "妄", "枉"),
    ("革命先烈前扑后继。", "扑", "仆"),
    ("凭入场卷入场。", "卷", "券"),
    ("坚持优胜略汰。", "略", "劣"),
    ("把准时代脉博。", "博", "搏"),
    ("暇不掩瑜。", "暇", "瑕"),
    ("下达最后通谍。", "谍", "牒"),
    ("送上一付对联。", "付", "副"),
    ("加快医保资金拔付进度。", "拔", "拨"),
    ("展示有害垃圾的分捡流程和再生利用成果。", "捡", "拣"),
    ("老人神态安祥，面带微笑。", "祥", "详"),
    ("从党中央到省委、市委，以致县委、乡镇党委，对作风建设都提出了明确要求。", "致", "至"),
    ("小到一张发票，大到工程招标以致重大投资决策，都出现过问题。", "致", "至"),
    ("排查工作不细致，以至造成重大损失。", "至", "致"),
    ("采用法兰夹具进行赌漏。", "赌", "堵"),
    ("开展走访尉问。", "尉", "慰"),
    ("发生液氯泄露，现场有人中毒。", "露", "漏"),
    ("切实做到防患于末然。", "末", "未"),
    ("共谋合作双嬴。", "嬴", "赢"),
    ("老旧小区燃汽管网老化。", "汽", "气"),
    ("报送市防讯抗旱指挥部办公室。", "讯", "汛"),
    ("参保人员一但断缴，将重新计算。", "但", "旦"),
    ("（五）地方文献和古藉保护工作扎实开展", "藉", "籍"),
    ("请学员按时到党校学员服务中心报道，领取学习资料。", "道", "到"),
    ("严禁封闭疏散通到。", "到", "道"),
    ("作出评估，既时报县防指。", "既", "及"),
    ("粉尘清扫不及时，存在积尘现像。", "像", "象"),
    ("部分乡镇存在“重生产、清监管”的倾向。", "清", "轻"),
    ("景区游客络绎不决。", "决", "绝"),
    ("一些干部群众思想上产生了麻庳大意和侥幸心理。", "庳", "痹"),
    ("紧盯疏散通道堵赛、安全出口锁闭。", "赛", "塞"),
    ("部分从业人员安全意识淡泊，存在侥幸心理。", "泊", "薄"),
    ("对整改不力的，依法依规追责问则。", "则", "责"),
    ("共下架不合格食品326.5公斤，并依法立按调查。", "按", "案"),
    ("这些问题为我们做好今后工作提供了有益启事。", "事", "示"),
    ("年未全县金融机构本外币各项存款余额486.72亿元。", "未", "末"),
    ("截至2024年未，全县常住人口32万人。", "未", "末"),
    ("实现每日配送，有利推动了县乡村三级物流体系融合发展。", "利", "力"),
    ("对此，我们必需保持清醒头脑。", "需", "须"),
    ("在明年汛前必需完成主体工程建设。", "需", "须"),
    ("申报材料必需真实、准确、完整。", "需", "须"),
    ("重点检查易燃易暴危险品生产储存经营单位。", "暴", "爆"),
    ("疏散通道、安全出口是否畅通无组。", "组", "阻"),
    ("驾驶员疲劳架驶、超速行驶等问题时有发生。", "架", "驾"),
    ("网格员每天走街窜巷，上门入户。", "窜", "串"),
    ("涉及金额612.5万元，反应出医院内部价格管理存在漏洞。", "应", "映"),
    ("对故意焚烧秸杆的违法行为依法查处。", "杆", "秆"),
    ("完成松才线虫病秋季普查面积48.6万亩。", "才", "材"),
    ("决不搞形势主义。", "势", "式"),
    ("全面梳理公布权利清单和责任清单。", "利", "力"),
    ("进一步规范政府权利清单管理。", "利", "力"),
    ("据群众反应，该路段夜间经常有渣土车超速行驶。", "应", "映"),
    ("加大对夜间施工燥声扰民的整治力度。", "燥", "噪"),
    ("完成病原学检侧1260份。", "侧", "测"),
    ("各学校必需建立食品安全隐患台账。", "需", "须"),
    ("及时控制传染原、切断传播途径。", "原", "源"),
    ("个别工作人员看视屏，对群众不理不睬。", "屏", "频"),
    ("按实际发生额的50%予于补助。", "于", "以"),
    ("各成员单位必需于每月5日前报送。", "需", "须"),
    ("各级领导干部必需带头转变观念。", "需", "须"),
    ("坚绝防止不合格农产品流入市场。", "绝", "决"),
    ("各部门要通力合做，形成合力。", "做", "作"),
    ("杜绝跑冒滴露等浪费现象。", "露", "漏"),
    ("集中开展渠道清於工作。", "於", "淤"),
    ("严禁弄虚作价。", "价", "假"),
    ("有的驾驶人心存侥悻。", "悻", "幸"),
    ("维权意识明显曾强。", "曾", "增"),
    ("及时反应退役军人的合理诉求。", "应", "映"),
    ("对有关责任人员依法依规严历追责。", "历", "厉"),
    ("参保人员可通过手机登陆“赣服通”进行缴费。", "陆", "录"),
    ("请登陆国家医保服务平台APP查询。", "陆", "录"),
    ("对推进不力、措施不利的单位严肃追责。", "利", "力"),
    ("发现2所学校截流学生营养改善计划资金37.5万元。", "流", "留"),
    ("个别村低保申请未按规定进行公式，民主评议记录不全。", "式", "示"),
    ("公式期满无异议的，予以确认。", "式", "示"),
    ("督促施工单位返功整改。", "功", "工"),
    ("强身健体状筋骨。", "状", "壮"),
    ("（三）增殖收益。", "殖", "值"),
    ("着力提高培训的针对性和时效性。", "时", "实"),
    ("验收不合格的项目，必需限期整改到位。", "需", "须"),
    ("用人单位必需与安置人员签订劳务协议。", "需", "须"),
]


@pytest.mark.parametrize("text,chars,suggestion", TY001_CASES, ids=[c[0][:8] for c in TY001_CASES])
def test_ty001_flags_dictionary_forms(text, chars, suggestion):
    findings = check_text(text, select=["TY001"])
    assert [(f.text, f.suggestion) for f in findings][-1:] == [(chars, suggestion)]
    finding = findings[-1]
    assert finding.rule.id == "TY001"
    assert text[finding.column - 1:finding.column - 1 + len(chars)] == chars
    assert f"“{chars}" in finding.message or chars in finding.message


TY001_CLEAN = [
    "天下自有公理在，这是一条公理。",  # a truth, not a length: no figure before it
    "实现大江截流后，截流工程资金全部到位。",  # damming a river
    "游历行走，感受震撼。",
    "一付了之不可取，合同款一付清。", "记者到现场报道。", "报送上一年度年度报告。", "压实经营主体主体责任。", "关注国防讯息。",
    "认真的填写态度。", "整齐划一但又灵活。", "你说的不对。", "发展的很快时期。", "不能出现像这样的问题。", "有暖心贴心的服务。", "给予手把手的指导。",
    "感谢精心的组织和周到的服务。", "提高熟练的使用技巧。", "规范的使用说明。", "防止个人信息泄露。", "他踢的球很远。", "被骗的钱款很多。",
    "推动政策化落地，决策化繁为简。", "坚持依法分类，精准施策化解。", "问计问策化为行动。", "及时上报歉收情况。", "往事历历在目，文化源远流长。",
    "古人求取功名、拜相封侯机会难得。",  # 封侯 then 机会
    "凭户籍此前登记的信息办理。",  # 户籍 then 此前
    "村史馆的壁画生动再现了老一辈艰苦奋斗的场景。",  # a wall painting
    "按规划解决停车难问题，计划解读新政策。",
    "衣着既时尚又大方，庄严历史时刻。",
    "会务由周蜜安排，联系人：周蜜。",
    "请县委组织部付部长讲话，及时拨付处级单位经费，拨付县级配套资金，对付主任务。",
    "新闻媒体及时报道会议盛况，记者准时报道了比赛结果。",
    "保险公司做好保户理赔服务，专项检察监督有力，联合检察院开展工作。",
    "不得扣压群众来信，一至三年级学生参加。",
    "资源分配带来的变化，搭配带有图案的背景。",
    "执勤民警佩戴执法记录仪，装配带式输送机。",
    "作风建设必须驰而不息、常抓不懈。",
    "搭起帐篷，挂好蚊帐，整理营帐。",
    "清理账目，算好时间账、任务账。",
    "进入帐篷后休息，走出帐篷。",
    "来到帐篷前集合。",
    "运转帐篷设备。",
    "软弱涣散党组织集中整顿。",
    "基层党组织软弱涣散的问题。",
    "为发展创造有利条件，形成良性互动的有利局面。",
    "这是推动工作的有力手段和有力抓手。",
    "最有利于发挥作用。",
    "要预防犯罪，关注消费，协商确定方案。",
    "来自已经建成的项目，源自已有的资料。",
    "他激动得不能自已，难以自已。",
    "各自已经完成任务。",
    "自己经常学习，自己经手的事情。",
    "究竟争取什么，毕竟选择了这条路。",
    "他竟相信了谣言，竟相互推诿。",
    "这是一个好象征。",
    "统一惯例，专一惯性。",
    "这家俱乐部很有名。",
    "通过抽签定顺序。",
    "他毫无耐心。",
    "加倍受益，成倍受惠。",
    "完成份额，全部份额。",
    "这份文件、本份材料。",
    "积极待命。",
    "及时通报消息，报消防部门。",
    "惦记念叨的事情。",
    "作为已任职的干部。",
    "出其不意，攻其不备。",
    "坚持不懈，持之以恒。",
    "他是侯选的后人，侯家的老人。",
    "蓬荜生辉，帐篷林立。",
    "防患于未然。",
    "把政治建设置于首位。",
    "截止日期是月底。",
    "衷心感谢，忠心耿耿。",
    "这项政策既使企业减负，又使群众受益。",
    "这项改革既使群众得到更多实惠，又使企业增强发展活力，也使财政增收。",
    "实现大江截流，工程进入新阶段。", "学生配戴眼镜的比例有所下降。",
    "把它当做为民办实事的重要内容。",
    "这是必需在场的人员。",
    "要先列出问题清单，再逐项整改。", "把项目先列入年度计划。", "牢牢的抓住的机遇不能放走。",
    "采用协调世界时计时。", "社会各界时刻关注。", "立即定下方案。", "随即定期召开会议。",
    "现在接续奋斗，再立新功。",
    "珍惜手中的民主权利。", "维护群众的合法权利。", "保障基本生活必需品。", "这是发展所必需的。",
    "必需要素齐全。", "携手渡过难关后的第一个春节。", "红军渡过长江。", "市场反应强烈。",
    "群众反应强烈，纷纷点赞。", "用好手中的权力。", "向县委组织部反应迅速的同志学习。", "向市应急管理局反应及时的单位致谢。",
    "群众普遍反应良好。", "市场普遍反应冷淡。", "大家都反应不过来。", "干部普遍反应速度较慢。",
    "排查不到位，以致发生事故。", "未及时报告县委，以致错过最佳处置时机。", "从今年3月到6月，以致错过农时。",
    "以至于造成损失。", "不积跬步，无以至千里。", "确保全镇人民群众度过一个平安祥和的夏天。",
    "他是我的老部属。", "教育部属高校。", "要关心部属的成长。", "统一部属单位的干部。",
    "按进度支付合同价款。", "拒不支付合同款。", "交付合格产品。", "今年完成的较多。", "这是认真的审议意见。", "经过认真的审议，大会通过了决议。", "这句话让我陷入了深深的思考。",
    "报名于2023年12月20日截止。", "申报截止时间为12月20日。", "截止日期是12月20日。",
    "依法行使合法权力。",
    "体检侧重于慢病筛查。", "安检侧门已关闭。", "监侧面的围栏。",
    "必须的确保安全。", "所必须遵守的纪律。", "这一步是必须的。", "生活必需的物资要备足。",
    "老杜决定明天出发。", "老杜决心很大。", "到公证处办理公证手续。", "经公证机关公证。",
    "提高办事绩效。", "满足人民日益增长的物质文化需要。", "提高认识的水平。", "引起领导重视的不是数字。",
    "要厘清监管职责，理清管理边界。", "重点是理清管理链条。",
    "全年未发生较大以上安全事故。", "2024年未完成的任务要抓紧。", "多年未见的老朋友。", "今年未全面完成。",
    "学习古人好问则裕的精神。", "建立按月报送制度。", "刊登招聘启事。", "发布寻人启事。", "重要启事：本刊更名。",
    "他一生淡泊名利。", "树立淡泊名利的意识。", "保持淡泊之心。", "封堵赛道缺口。",
    "这有利于推动发展。", "营造有利推动改革的环境。", "生活必需保障物资要备足。",
    "部分患者出现过敏反应，反应出现后应立即停药。", "全县应急队伍反应出色。", "这是完成任务所必需的条件。",
    "天气干燥声音嘶哑的人增多。", "查明传染原因后再处置。", "监控中心的监视屏幕全部更新。", "体检侧重于慢病筛查。",
    "制定农村集体经济组织成员权利清单。", "据游客反应良好，景区将延长开放时间。", "经患者反应过度的病例分析。", "分析当前形势，主义不能代替实干。", "道路畅通无组织的车辆乱停。",
    "三峡工程大江截流工程资金到位。", "要进行公式推导。", "按照计算公式进行核算。", "新闻报道要讲究时效性。",
    "这是生产所必需与否的问题。",
    "这些措施不利于企业发展。", "第9号台风登陆我省沿海。", "台风登陆后强度减弱，请关注气象台网站。",
    "打好攻坚战，攻坚绝不手软。", "要把学习教育与业务工作结合做好。", "他曾强调要抓好落实。", "王曾强同志主持会议。",
    "对突发事件及时反应，快速处置。", "各部门通力合做好准备。",
    "开展经典诵读活动。", "会场响起热烈的掌声。", "甚至力于此者寥寥。", "听到熟悉的铃声想起了童年。", "我想起那年的事。",
]


@pytest.mark.parametrize("text", TY001_CLEAN)
def test_ty001_lookalikes_are_clean(text):
    assert found(text, "TY001") == []


def test_ty001_location_and_fix():
    finding = only("必须弛而不息。", "TY001")
    assert (finding.line, finding.column, finding.end_column) == (1, 3, 4)
    assert finding.fix.safety == "safe" and finding.fix.edits[0].replacement == "驰"
    assert "弛而不息" in finding.message and "驰而不息" in finding.message


def test_ty001_unsafe_unless_entry_says_safe():
    finding = only("这件事倍受关注。", "TY001")
    assert finding.fix.safety == "unsafe"


def test_ty001_context_entry_is_a_warning():
    finding = only("是提高党建科学化水平的有利手段。", "TY001")
    assert finding.severity == "warning" and finding.text == "利"


def test_ty001_dropped_character_inserts():
    finding = only("×个软弱涣基层党组织", "TY001")
    assert (finding.text, finding.suggestion) == ("涣", "涣散")
    assert finding.fix.edits[0].replacement == "涣散"


def test_ty001_ignores_urls_and_code(tmp_path):
    text = "见 https://example.com/chi?q=1 与 `滥芋充数`：\n\n```\n弛而不息\n```\n"
    assert found(text, "TY001", path="draft.md") == []


def test_ty001_team_file_adds_entries(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        '[[confusion]]\nwrong = "帐蓬"\nright = "帐篷"\nreason = "重复条目也可以"\n\n'
        '[[confusion]]\nwrong = "副县"\nright = ["县", "副县长"]\nreason = "称谓不全"\nseverity = "info"\n'
        'not_after = "长"\n',
        encoding="utf-8",
    )
    findings = check_text("副县来了，副县长也来了。", select=["TY001"], data={"typos": [team]})
    assert [(f.text, f.severity, f.fix, f.suggestion) for f in findings] == [("副县", "info", None, "县")]
    assert "“县”或“副县长”" in findings[0].message


def test_ty001_team_entry_without_right_is_an_error(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[confusion]]\nwrong = "甲"\nreason = "缺少right"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="needs 'right'"):
        check_text("甲", select=["TY001"], data={"typos": [team]})


def test_ty001_entry_without_reason_is_an_error(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[confusion]]\nwrong = "甲"\nright = "乙"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="reason"):
        check_text("甲", select=["TY001"], data={"typos": [team]})


def test_ty001_overlapping_entries_report_once():
    # “明辩是非” contains no shorter entry, but “辨论”/“辩论”-style overlaps resolve to the longest.
    findings = check_text("要明辩是非。", select=["TY001"])
    assert [(f.text, f.suggestion) for f in findings] == [("辩", "辨")]


# ── TY002 non-standard characters ─────────────────────────────────────────────────────────

TY002_CASES = [
    ("搬迁安臵在哪里", "臵", "置", "error"),
    ("同步设臵", "臵", "置", "error"),
    ("⽤户", "⽤", "用", "error"),
    ("方⾯", "⾯", "面", "error"),
    ("第⼀层", "⼀", "一", "error"),
    ("⻓期坚持", "⻓", "长", "error"),
    ("⻔口", "⻔", "门", "error"),
    ("上海\uFA45边", "\uFA45", "海", "error"),
    ("数値", "値", "值", "error"),
    ("対外开放", "対", "对", "error"),
    ("妳好", "妳", "你", "error"),
    ("凢事", "凢", "凡", "warning"),
]


@pytest.mark.parametrize("text,char,suggestion,severity", TY002_CASES)
def test_ty002_known_standard_form(text, char, suggestion, severity):
    finding = only(text, "TY002")
    assert (finding.text, finding.suggestion, finding.severity) == (char, suggestion, severity)
    assert f"应为“{suggestion}”" in finding.message and f"U+{ord(char):04X}" in finding.message


def test_ty002_fix_safety():
    assert only("设臵", "TY002").fix.safety == "safe"
    assert only("⽤户", "TY002").fix.safety == "safe"
    assert only("対外", "TY002").fix.safety == "unsafe"


def test_ty002_unknown_character_is_a_warning():
    finding = only("同志㐁来了", "TY002")
    assert (finding.text, finding.severity, finding.suggestion) == ("㐁", "warning", None)
    assert "U+3401" in finding.message


def test_ty002_run_of_unknown_characters_is_one_finding():
    finding = only("乱码鍦叏枃了", "TY002")
    assert (finding.text, finding.column, finding.severity) == ("鍦叏枃", 3, "warning")
    assert "疑似乱码" in finding.message


def test_ty002_each_radical_is_reported_with_its_fix():
    findings = check_text("⽤⼾⽅⾯", select=["TY002"])
    assert [(f.text, f.suggestion) for f in findings] == [("⽤", "用"), ("⼾", "户"), ("⽅", "方"), ("⾯", "面")]


@pytest.mark.parametrize("text,expected", [
    ("文件\ufffd损坏", "\ufffd"),
    ("私用\ue000区", "\ue000"),
    ("显示锟斤拷", "锟斤拷"),
])
def test_ty002_garbled(text, expected):
    finding = only(text, "TY002")
    assert finding.text == expected


TY002_CLEAN = [
    "搬迁安置在哪里", "同步设置", "用户方面", "二〇二四年", "他叫王喆，住在堃园小区",
    "淼淼、鑫鑫", "乾坤", "著名", "于是", "钟表", "全面從嚴治黨",  # traditional: TY005's business
    "刘䶮", "ABC 123 αβγ", "①②③（一）", "《通用规范汉字表》", "々〆〇",
]


@pytest.mark.parametrize("text", TY002_CLEAN)
def test_ty002_lookalikes_are_clean(text):
    assert found(text, "TY002") == []


def test_ty002_allow_option_accepts_names():
    assert found("同志㐁来了", "TY002", options={"TY002": {"allow": ["王㐁"]}}) == []


def test_ty002_team_variants_file(tmp_path):
    team = tmp_path / "variants.toml"
    team.write_text('allow = ["㐁"]\n\n[[variant]]\nchar = "凢"\nstandard = "凡"\nsafe = true\nreason = "本单位统一"\n',
                    encoding="utf-8")
    findings = check_text("㐁凢", select=["TY002"], data={"variants": [team]})
    assert [(f.text, f.severity, f.fix.safety) for f in findings] == [("凢", "error", "safe")]


# ── TY003 duplicated words ────────────────────────────────────────────────────────────────

TY003_CASES = [
    ("地税党委实现了实现省级文明单位三连冠。", "实现了实现", "实现了", "error"),
    ("我们我们要加强学习。", "我们我们", "我们", "error"),
    ("进一步进一步抓好落实。", "进一步进一步", "进一步", "error"),
    ("这是我的的书。", "的的", "的", "error"),
    ("他们把把工作做好。", "把把", "把", "error"),
    ("大家大家都要参加。", "大家大家", "大家", "error"),
    ("工作是是重中之重。", "是是", "是", "error"),
    ("提高了提高工作效率。", "提高了提高", "提高了", "error"),
    ("要推进改革推进改革。", "推进改革推进改革", "推进改革", "warning"),
    ("他们在在基层工作。", "在在", "在", "error"),
    ("要对对这个问题高度重视。", "对对", "对", "error"),
    ("同志们要以以身作则。", "以以", "以", "error"),
    ("最后，请请获奖代表上台领奖。", "请请", "请", "error"),
    ("值班人员要要认真履职。", "要要", "要", "error"),
    ("推动标准标准化建设。", "标准标准", "标准", "warning"),
    ("干部干部要带头。", "干部干部", "干部", "error"),
    ("同志们，我们我们，要加强学习。", "我们我们", "我们", "error"),
    ("他说：“干部干部要带头。”", "干部干部", "干部", "error"),
    ("为为全市高质量发展作出新的更大贡献！", "为为", "为", "error"),
    ("我们要坚持坚持以人民为中心的发展思想。", "坚持坚持", "坚持", "error"),
    ("要努力努力提高服务水平。", "努力努力", "努力", "error"),
    ("2026年，集团将实现了实现MES系统全覆盖。", "实现了实现", "实现了", "error"),  # a Latin word after it
    ("我们我们员工要带头。", "我们我们", "我们", "error"),  # no numbered unit before it
    ("截至第三季度季度末，完成投资。", "季度季度", "季度", "warning"),  # no member after it
    ("请按时报送年度年度报告。", "年度年度", "年度", "warning"),  # no year before it
    ("对照对照有关法律法规和标准规范，逐一排查风险隐患。", "对照对照", "对照", "warning"),
]


@pytest.mark.parametrize("text,chars,kept,severity", TY003_CASES)
def test_ty003_flags_doubled_words(text, chars, kept, severity):
    finding = only(text, "TY003")
    assert (finding.text, finding.suggestion, finding.severity) == (chars, kept, severity)
    assert finding.column == text.index(chars) + 1
    assert finding.fix.safety == "unsafe"


TY003_CLEAN = [
    "1.鼎城区城区配网改造工程。",
    "成为为民服务的窗口，作为为人民服务的政府，更为为难的是资金。",
    "认为为了发展可以不顾一切是错误的。",
    "大家要研究研究。", "天天向上，常常想起。", "一个一个地解决。", "人民民主。", "大学学报。",
    "发展展望。", "学生生活。", "中国国家博物馆。", "实实在在的成效。", "达到目的的手段。",
    "为了了解情况。", "一个支部一个支部去规范。", "上上下下的力量。", "方方面面的积极性。",
    "是是非非要分清。", "的的确确如此。", "他说：“好的好的，谢谢谢谢。”", "不了了之。",
    "看了看，想了想。", "讨论了讨论。", "重要要求。", "需要要素。", "谢谢大家！", "哈哈哈哈。",
    "非常非常重要。", "一步一步往前走。", "红红火火，热热闹闹。", "实实在在在基层干事。",
    "存在在所难免的问题。", "我国国内生产总值。", "现在在座的同志。", "要把把关作为重点。",
    "针对对象不同。", "对不对不重要。", "是不是不愿意？", "可以以此为契机。", "即将将工作部署下去。",
    "首都都市圈。", "涉及及时性的问题。",
    "申请请示已报送。", "向上级报请请示批复。", "他邀请请假的同志参加。", "敬请请示领导后答复。",
    "需要要求各单位报送。", "我们要要求自己。", "会议纪要要及时印发。", "主要要抓好三件事。",
    "只要要素齐全即可。", "基层党组织组织力不够强。", "要规范规范性文件管理。",
    "交警大队二中队中队长吴德胜。", "消防大队大队长、第一支部支部书记。", "主持人：七年级年级组长　欧阳敏",
    "第11网格网格员反映，该网格以新建小区为主。", "第二小组小组成员分工明确。",
    "县级医院医院感染发生率为1.12%。", "均应当报送2024年度年度报告。", "召开第三季度季度经济运行分析会。",
    "他说：“干部干部，就是要先干一步。”", "老支书常讲：“群众群众，群策群力。”",
    "大家再坚持坚持，就过去了。", "再努力努力吧。", "再坚持坚持就能完成任务。", "回去再对照对照，看看还差什么。",
    "对复杂敏感问题，要多研究研究、多会商会商。",
    "这样的故事还有很多很多，每一个故事都让我深受感动。",
    "对上级巡察和县纪委监委监督检查反馈的问题，要逐项整改。",  # 纪委、监委、监督: no word doubled
]


@pytest.mark.parametrize("text", TY003_CLEAN)
def test_ty003_lookalikes_are_clean(text):
    assert found(text, "TY003") == []


def test_ty003_quoted_repetition_is_left_alone():
    assert found("他说：“推进改革推进改革！”", "TY003") == []


def test_ty003_decides_from_word_lists_without_a_segmenter():
    from checker.testing import make_engine, read_text

    doc = read_text("为了了解情况，我们我们要常常研究研究。")
    engine = make_engine(select=["TY003"])
    assert [f.text for f in engine.check(doc)] == ["我们我们"]
    assert not engine.needs_tokens and "tokens" not in doc.__dict__


def test_ty003_neighbour_words_come_from_the_data(tmp_path):
    from checker.testing import make_engine, read_text

    text = "要坚持以以案促改为抓手。"
    assert [f[1] for f in found(text, "TY003")] == ["以以"]
    extra = tmp_path / "typos.toml"
    extra.write_text('[duplicates]\nstarts_word = ["以案促改"]  # 以|以案促改\n', encoding="utf-8")
    engine = make_engine(select=["TY003"], data={"typos": [extra]})
    assert engine.check(read_text(text)) == []


# ── TY004 的/地/得 ─────────────────────────────────────────────────────────────────────────

TY004_CASES = [
    ("代表应当热情的接待来访群众。", "的", "地"),
    ("欢迎科技工作者积极的撰写学术论文。", "的", "地"),
    ("让作业“减”的更精准，让服务“优”起来。", "的", "得"),
    ("这项工作搞的更扎实。", "的", "得"),
    ("我们也必须清醒的看到，任务日益繁重。", "的", "地"),
    ("要认真的学习文件。", "的", "地"),
    ("要扎实的推进各项工作。", "的", "地"),
    ("要深刻的认识到问题的严重性。", "的", "地"),
    ("要积极主动的融入发展大局。", "的", "地"),
    ("汇报的再好，那也是虚的。", "的", "得"),
    ("说的再好听也没用。", "的", "得"),
    ("工作进展的很顺利。", "的", "得"),
    ("任务完成的非常出色。", "的", "得"),
    ("营造良好地氛围。", "地", "的"),
    ("发挥重要地作用。", "地", "的"),
    ("这个经验值的学习。", "的", "得"),
    ("这一点值的注意。", "的", "得"),
    ("工作显的格外重要。", "的", "得"),
    ("工作取的了显著成效。", "的", "得"),
    ("我觉的很好。", "的", "得"),
    ("大家做的很好，值得肯定。", "的", "得"),
    ("三个教研组长分别作了分析发言，大家分析的很深入，措施也很具体。", "的", "得"),
    ("他们讨论的很热烈。", "的", "得"),
    ("一些地方对政策宣传重视的不够，个别网点排队时间过长。", "的", "得"),
    ("各位部门负责同志都在认真的倾听、认真地记录。", "的", "地"),
    ("对灾害性天气做到及时准确的发布预警。", "的", "地"),
    ("这项工作抓的非常紧。", "的", "得"),
    ("整治工作开展的扎实有效。", "的", "得"),
    ("去年一些单位把竞赛工作做的扎实细致，形成了较好经验。", "的", "得"),
    ("个别支部没有认真的查摆自身问题。", "的", "地"),
    ("要认真的核对家庭成员、收入和财产情况。", "的", "地"),
    ("认真的参加县里组织的各类业务培训。", "的", "地"),
    ("去年比赛中，同学们踢的很顽强、很精彩。", "的", "得"),
    ("结果被骗子骗的倾家荡产，教训十分深刻。", "的", "得"),
    ("执行干警夜以继日的奔波在乡镇村组之间。", "的", "地"),
    ("科技特派员手把手的向农户传授实用技术。", "的", "地"),
    ("把群众的急难愁盼一件一件的解决好。", "的", "地"),
    ("各中队辅导员要精心的组织，周密安排。", "的", "地"),
    ("（三）能熟练的使用智能手机。", "的", "地"),
    ("确保创建工作按时保质的完成。", "的", "地"),
    ("请大家认真的填写选票。", "的", "地"),
    ("孩子考的不理想时，要帮助他分析原因。", "的", "得"),
    ("要给自己留出学习的时间，认真的读几本好书。", "的", "地"),
    ("报告实事求是的总结了集团一年来的工作。", "的", "地"),
    ("我们将一如既往的做好服务企业各项工作。", "的", "地"),
    ("城关派出所在这方面做的很好，创新推出联合调处机制。", "的", "得"),
    ("清查工作开展的扎实有序，取得了预期效果。", "的", "得"),
    ("整改工作完成的较好。", "的", "得"),
    ("希望各位代表认真的审议，提出意见和建议。", "的", "地"),
    ("主题活动搞的有声有色，", "的", "得"),
    ("各项工作推进的井然有序。", "的", "得"),
    ("有的单位制度执行的不到位。", "的", "得"),
    ("要圆满的完成全年任务。", "的", "地"),
    ("我们一定坚决的把责任扛在肩上。", "的", "地"),
    ("要认真的把各项措施落到实处。", "的", "地"),
    ("全身心的投入到学习中去。", "的", "地"),
    ("老师把行文规则讲的非常透彻。", "的", "得"),
    ("这篇材料写的很生动，", "的", "得"),
    ("大家要自觉的摒弃陈规陋习。", "的", "地"),
    ("他总是耐心的向群众解释政策。", "的", "地"),
    ("同学们愉快的度过大学时光。", "的", "地"),
    ("坚决彻底的抓好整改落实。", "的", "地"),
    ("整改工作落实的不够到位的问题仍然存在。", "的", "得"),
    ("干部干的好不好，群众说了算。", "的", "得"),
    ("要有效的遏制事故发生。", "的", "地"),
    ("部分工单回复的很敷衍，群众不满意。", "的", "得"),
    ("各项工作准备的非常充分。", "的", "得"),
    ("群众反映的问题处理的比较及时。", "的", "得"),
    ("三位同志的发言讲的非常好，大家要认真学习。", "的", "得"),
    ("让每一名学生都能健康快乐的成长。", "的", "地"),
    ("我们真诚的欢迎各位嘉宾走进茶园。", "的", "地"),
    ("只有扎扎实实的干好每一件事，才能对得起组织的信任。", "的", "地"),
    ("各乡镇要认真的组织开展汛前检查。", "的", "地"),
    ("财务人员认真的审核，不符合规定的一律不予报销。", "的", "地"),
    ("会议认真的研究了民营企业反映的突出问题。", "的", "地"),
    ("要认真的组织学习事故案例。", "的", "地"),
    ("把群众的幸福稳稳的托住。", "的", "地"),
    ("对今年工作做的好的单位和个人，县委将予以表彰。", "的", "得"),
    ("推动改革的步子迈的更大、措施落的更实。", "的", "得"),
    ("全市老龄化程度增长的很快，必须高度重视。", "的", "得"),
    ("双方你来我往，比赛打的十分激烈。", "的", "得"),
    ("各位党员要准时的参加主题党日活动。", "的", "地"),
    ("引导广大党员积极的投身到学先进的实践中来。", "的", "地"),
    ("张大爷高兴的说：“晚上出门再也不用摸黑了！”", "的", "地"),
    ("村民们说，周书记把工作干的扎实，把群众装在心里。", "的", "得"),
    ("确保责任压得实、工作做的细。", "的", "得"),
    ("面对面听取群众意见做的还不够，对问题掌握不够全面。", "的", "得"),
    ("要积极的营造全社会尊重和保护知识产权的良好氛围。", "的", "地"),
    ("有的河长巡河记录填写的不规范，问题描述笼统。", "的", "得"),
    ("确保政策资金及时的兑现到位。", "的", "地"),
    ("群众普遍反映补贴发放的很及时、办事很方便。", "的", "得"),
    ("欢迎各位嘉宾尽情的游览云溪山水、品味古镇风情。", "的", "地"),
    ("对传承工作开展的很好的传承人给予奖励。", "的", "得"),
    ("对前期问题整改落实的很到位的病区予以通报表扬。", "的", "得"),
    ("希望大家戒骄戒躁，认真的总结经验，再创佳绩。", "的", "地"),
    ("要深入的分析问题产生的原因。", "的", "地"),
    ("认真的贯彻落实中央审计委员会关于审计工作的决策部署。", "的", "地"),
    # the noun after 提高/提升/加强 is its object, not a noun the verb is part of
    ("我们要不断的提高能力，做到学以致用。", "的", "地"),
    ("要持续的提升服务群众水平。", "的", "地"),
    ("要切实的加强工作作风建设。", "的", "地"),
    ("要不断的增强群众的获得感。", "的", "地"),
    ("对这些问题，我们必须认真的加以研究解决。", "的", "地"),
    ("必须扎扎实实的把各项措施落实到位。", "的", "地"),
    ("他们主动担当作为，热情的为群众办实事、解难题。", "的", "地"),
    ("村两委认真的听取了代表们的意见。", "的", "地"),
    ("让我们从现在做起，积极的行动起来。", "的", "地"),
    ("能够熟练的运用西门子S7-1500进行程序设计。", "的", "地"),
    ("驻村第一书记详细的解释了公积公益金的使用范围。", "的", "地"),
    ("网格员要把网格内情况摸得清、底数掌握的准。", "的", "得"),
    ("把实事办的又快又好。", "的", "得"),
    ("坚持不懈的推进税费支持政策落地见效。", "的", "地"),
    ("必须更加主动的依靠科技创新培育新动能。", "的", "地"),
    ("希望同学们在课堂上认真的思考每一个问题。", "的", "地"),
    ("第一时间组织力量及时的扑灭，严禁组织非专业人员参与扑火。", "的", "地"),
    ("做好记录，并及时的报告带班领导；", "的", "地"),
    ("认真细致的做好入户调查记录。", "的", "地"),
    ("各地各部门扎实的推进问题整改，全市已整改327个。", "的", "地"),
    ("用心的做好每一位游客的服务保障。", "的", "地"),
    ("看到台下的老人们笑的这么开心，我们都感到欣慰。", "的", "得"),
    ("对重点时段的违法行为严厉的查处。", "的", "地"),
]


@pytest.mark.parametrize("text,chars,suggestion", TY004_CASES)
def test_ty004_flags_particles(text, chars, suggestion):
    finding = only(text, "TY004")
    assert (finding.text, finding.suggestion, finding.severity) == (chars, suggestion, "warning")
    assert text[finding.column - 1] == chars


TY004_CLEAN = [
    "感谢大家热情的接待，我们受到了热情的接待。",
    "他做的细致工作得到群众肯定。", "我们落实的很多政策惠及群众。",
    "这是一次尽情的享受。", "全县开展的好的做法要推广。",
    "嘴上喊“大干”的很积极，真正干的却很少。",
    "关于“抓”的很多做法。",
    "我们也必须清醒地看到。", "发挥积极的推动作用。", "工作得到了扎实的推进。", "对文件进行深入的学习。",
    "营造良好的氛围。", "价值的实现。", "明显的变化。", "采取的措施很有效。", "认真的学习态度。",
    "扎实的推进措施。", "积极的参与者。", "积极的参与意识。", "群众积极的参与热情很高。", "认真的参与度。", "他所说的再次证明了这一点。", "开展的很多活动。",
    "显著地作用于经济。", "占据重要地位。", "有利地形。", "获取的重大情报。", "自觉的行动。",
    "对形势有全面的把握。", "汇报得再好也没用。", "进展得很顺利。", "值得学习。",
    "近年来发展的很多产业，", "要认真地学习。", "这是他的看法。",
    "这是一次认真的倾听。", "及时准确的发布是关键。", "要做好预警的发布。",
    "我们做的很多工作群众看得见。", "大家所做的很好。", "这次分析的很多问题都很典型。", "我们所研究的很多课题。", "这是各地开展的扎实有效的工作。",
    "总结推广开展的扎实有效做法。", "他做的很少。", "各地开展的如火如荼的活动。", "这是各单位做的扎实细致的工作。",
    "制度执行的不是形式。", "圆满的完成情况令人满意。", "对全局有全面的把握。", "发挥严格的把关作用。",
    "加深对规律的认识和深入的把握。", "他讲的很重要。", "老师讲的透彻道理令人信服。",
    "自觉的遵守者。", "热情的向导带我们参观。", "这是一次彻底的整改。", "进行彻底的检查。",
    "愉快的假期度过得很快。", "他干的好事大家都知道。", "采取有效的控制措施。",
    "严格的保障监督机制是制度执行的关键。", "有效的控制手段。", "积极的促进作用。",
    "落实的不够到位之处另行通报。",
    "我们准备的很多材料都用上了。", "这是组织安排的很重要的任务。", "他回复的很少。", "这些都是服务的对象。",
    "他讲的很好的经验值得推广。", "关注孩子健康快乐的成长。", "为孩子健康快乐的成长保驾护航。",
    "向大家表示真诚的欢迎和衷心的感谢！", "还有扎实的推进基础。",
    "做了认真的审查。", "这次认真的排查发现了问题。", "通过认真的排查，找出了症结。",
    "这是高兴的说法。", "他是一位满意的说客。", "各地开展的扎实工作值得推广。",
    "我们做的好事很多。", "大家所做的好的方面要坚持。",
    "准时的参加者可以领取资料。", "增长的很多因素值得研究。",
    "作了认真的总结，经验值得推广。", "这是一次认真的总结经验交流会。", "他认真的学习精神值得学习。",
    "这是认真的贯彻落实情况。", "作了认真的贯彻部署。",
    "发挥积极的提升作用。", "这是一个持续的改善过程。", "生态环境得到了持续的改善。", "系统的强化训练。",
    "实现了全面的提高幅度。", "他认真的学习能力值得称道。",
    "这是热情的为民服务精神。", "积极的为人处世态度。", "扎扎实实的把关作用。",
    "熟练的运用能力是基本要求。", "他对政策作了详细的解释。", "掌握的准确信息要及时上报。",
    "这是我们所掌握的准。", "这是坚持不懈的努力。", "靠的是主动的依靠力量。", "办的又快又好的事情。",
    "感谢大家一如既往的支持。", "我从紧张而有序的学习生活中找回了状态。",
    "坚持实事求是的思想路线。", "作了实事求是的总结。", "经过认真的核对，数据无误。", "实事求是的评价很重要。",
    "经过认真的思考，我决定留下。", "作了认真的思考。", "这是一次深入的思考。",
    "群众反映的问题得到了及时的处理。", "及时的处置是关键。", "确保及时的报告工作机制运转。", "作出及时的处置。",
    "他说的这么好听，是真的吗？", "这是他们笑的原因。", "这是扎实的推进问题。", "这是一份用心的作品。",
    "对违法行为给予严厉的打击。", "违法者受到严厉的惩处。",
]


@pytest.mark.parametrize("text", TY004_CLEAN)
def test_ty004_lookalikes_are_clean(text):
    assert found(text, "TY004") == []



def test_ty004_entries_with_an_expression_before_are_read_too(tmp_path):
    """A team's entry may give ``before`` as an expression: it is scanned for over the whole
    text, where listed words are found by the automaton."""
    from checker.testing import make_engine, read_text

    extra = tmp_path / "typos.toml"
    extra.write_text(
        '[[particle]]\nwrong = "的"\nright = "地"\nbefore = "[一-龥]{2}不倦"\nafter = ["工作"]\n'
        'reason = "状语修饰动词用“地”"\n', encoding="utf-8")
    engine = make_engine(select=["TY004"], data={"typos": [extra]})
    text = "他孜孜不倦的工作，诲人不倦的精神。"
    assert [(f.start, f.suggestion) for f in engine.check(read_text(text))] == [(5, "地")]


def test_ty004_finds_every_match_of_one_entry_in_a_paragraph():
    text = "清醒的看到成绩，更要清醒的看到不足；夜以继日的干，一丝不苟的干。"
    assert [f[3] for f in found(text, "TY004")] == [3, 13, 23, 30]


# ── TY005 traditional characters ──────────────────────────────────────────────────────────

def test_ty005_flags_traditional_in_simplified():
    findings = check_text("我们要全面从严治黨，實現目标。", select=["TY005"])
    assert [(f.text, f.suggestion, f.column) for f in findings] == [("黨", "党", 9), ("實", "实", 11), ("現", "现", 12)]
    assert findings[0].fix.safety == "unsafe"


def test_ty005_single_character():
    finding = only("这是一隻手。", "TY005")
    assert (finding.text, finding.suggestion) == ("隻", "只")


def test_ty005_ambiguous_mapping_gives_no_fix():
    findings = check_text("这里的线路和鍾表都已检查，问题已经处理。", select=["TY005"])
    (finding,) = findings
    assert finding.text == "鍾" and finding.fix is None and "或" in finding.message


TY005_CLEAN = [
    "全面從嚴治黨，實現偉大復興。",  # a traditional document
    "我們的國家，這裡是臺灣。",
    "乾坤、著名、於是、瞭望、覆盖。",  # in the 通用规范汉字表
    "全面从严治党，实现目标。",
    "我们要发展。",
]


@pytest.mark.parametrize("text", TY005_CLEAN)
def test_ty005_lookalikes_are_clean(text):
    assert found(text, "TY005") == []


def test_ty005_allow_option():
    assert found("香港的鍾先生来访，我们热情接待。", "TY005", options={"TY005": {"allow": ["鍾"]}}) == []


# ── The dictionary as a whole ─────────────────────────────────────────────────────────────

def _dictionary():
    import tomllib

    with open(ROOT / "rulesets" / "typos.toml", "rb") as handle:
        return tomllib.load(handle)["confusion"]


def test_dictionary_is_substantial_and_documented():
    entries = _dictionary()
    assert len(entries) >= 500
    assert all(e["reason"].strip() and e["wrong"] != e["right"] for e in entries)
    # a form wrong in two contexts has an entry for each; never the same form and context twice
    contexts = [(e["wrong"], e.get("before"), e.get("after"), str(e.get("not_before")), str(e.get("not_after")))
                for e in entries]
    assert len(set(contexts)) == len(contexts)


def test_every_plain_entry_is_found():
    entries = [e for e in _dictionary() if not {"before", "after"} & e.keys()]  # no required context
    text = "。\n".join(f"我们{e['wrong']}了" for e in entries) + "。"
    findings = check_text(text, select=["TY001"])
    lines = {f.line for f in findings}
    missed = [e["wrong"] for number, e in enumerate(entries, 1) if number not in lines]
    assert not missed


def test_no_correction_is_itself_flagged():
    entries = _dictionary()
    text = "。\n".join(f"我们{e['right']}了" for e in entries) + "。"
    findings = check_text(text, select=["TY001"])
    assert [(f.line, f.text, f.message) for f in findings] == []


# ── Seeds: the real drafts' sentences, quoted ─────────────────────────────────────────────

SEED_DEFECTS = [
    ("TY004", "但是我们也必须清醒的看到，新常态下我们所承担的职责任务日益繁重。", "的", "地"),
    ("TY001", "作风建设是打造过硬队伍的核心要素，必须弛而不息、常抓不懈。", "弛", "驰"),
    ("TY001", "当前，尤其要做好今年工作的“回头看”，算好时间帐、任务帐，该冲刺的要冲刺。", "帐", "账"),
    ("TY004", "即便是你的档案资料再齐全、汇报的再好，那也是虚的假的。", "的再", "得"),
    ("TY001", "×个贫困村村级综合服务中心建设进展良好，×个软弱涣基层党组织转化提升。", "涣", "涣散"),
    ("TY002", "做到搬迁安臵在哪里，党组织的堡垒作用就发挥到哪里。", "臵", "置"),
    ("TY002", "党的组织及工作机构同步设臵、党组织负责人同步配备。", "臵", "置"),
    ("TY003", "积极营造比学赶帮、创先争优的良好氛围，实现了实现省级文明单位三连冠。", "实现了实现", "实现了"),
    ("TY001", "是切实补齐党建工作短板、不断提高党建科学化水平的有利手段。", "利", "力"),
]


@pytest.mark.parametrize("rule_id,text,chars,suggestion", SEED_DEFECTS)
def test_seed_defects(rule_id, text, chars, suggestion):
    findings = check_text(text, select=["TY"])
    flagged = chars[:len(findings[0].text)] if findings else chars
    assert [(f.rule.id, f.text, f.suggestion) for f in findings] == [(rule_id, flagged, suggestion)] * len(findings)
    assert findings[0].column == text.index(chars) + 1


SEED_CLEAN = [
    "我们要以基层党组织规范化建设为有力抓手，打造坚强的基层战斗堡垒。",
    "实现党建工作与中心工作同步，形成与队伍建设良性互动的有利局面。",
    "各单位要毫不动摇地把政治建设置于首位。",
    "让我们把上上下下的力量都发动起来，把方方面面的积极性都调动起来。",
    "对党章党规要常讲常学、常学常新，不断用党的最新理论成果武装头脑。",
    "对所属每个支部摸清底子，有先有后，对症施策，一个支部一个支部去规范。",
    "对不达标的党支部限期整改，整改后仍不达标的，列为软弱涣散党组织集中整顿。",
    "部分党组织理论学习面上红红火火，但通过知识测试发现，学习效果不佳。",
    "用实实在在的成效来证明。",
    "每项活动结束了，回过头来看看有没有留下宝贵的“财富”。",
    "在肯定成绩的同时，我们也要清醒地看到工作中存在的差距和不足。",
    "严格落实一月一次集体学习、一季度一次专题研讨和一堂主题党课的“三个一”要求。",
    "对2019年度乡镇党委书记述职点评出的问题按照“三单一账”要求，抓好整改落实。",
    "同时，要清楚融入中心工作以后干什么、从哪里入手才最有利于发挥作用。",
    "形成“人人学习、时时学习、处处学习”的良好风气。",
    "绝不能一手硬一手软，绝不能只甩手不上手，绝不能紧一阵松一阵。",
    "构建了1+2+3+4党建工作体系，培育一批具有借鉴和推广意义的党建工作品牌。",
    "学习他们权为民用、情为民系的爱民情怀；学习他们坚持原则、清正廉洁的高尚品格。",
    "在社区，要深化“民情流水线”工程，健全社区便民服务大厅功能，分类设置服务窗口。",
    "可以说，基层党建的责任压得越来越紧、靠得越来越实。",
    "深入开展“六项活动”，重要目的就是要全面提升党的基层组织的凝聚力、号召力和战斗力。",
    "谢谢大家！",
]


@pytest.mark.parametrize("text", SEED_CLEAN)
def test_seed_sentences_stay_clean(text):
    assert [(f.rule.id, f.text) for f in check_text(text, select=["TY"])] == []


# ── Fixtures ──────────────────────────────────────────────────────────────────────────────

def test_defect_fixture_reports_exactly_the_expected_findings():
    rows = [line.split("\t") for line in (FIXTURES / "expected.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    expected = sorted((int(line), rule_id, text, suggestion) for line, rule_id, text, suggestion in rows)
    text = (FIXTURES / "defects.txt").read_text(encoding="utf-8")
    findings = check_text(text, select=["TY"])
    assert sorted((f.line, f.rule.id, f.text, f.suggestion or "") for f in findings) == expected


@pytest.mark.parametrize("name", ["clean.txt", "clean.md", "traditional.txt"])
def test_clean_fixtures_have_no_typo_findings(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert [(f.rule.id, f.line, f.text) for f in check_text(text, select=["TY"], path=name)] == []


@pytest.mark.parametrize("text", [
    "一把把钥匙。", "一对对夫妇。", "他说：“对对对，就是这样。”", "请让让路。", "可以以此为鉴。",
    "有的的确做得好。", "就是是否落实的问题。", "从从容容。", "保持清醒的认识。", "认真的学习是关键。",
    "在大家积极的支持下。", "给予正确的引导。",
])
def test_more_lookalikes_are_clean(text):
    assert [(f.rule.id, f.text) for f in check_text(text, select=["TY"])] == []


@pytest.mark.parametrize("text", [
    "这顶蚊帐目前还能用。", "营帐户外的空地。", "蚊帐本身不贵。", "情感概念。", "研究竞争政策。",
    "十二生肖象征吉祥。", "习惯彻底改变。", "这座落成不久的大楼。", "多重迭代。", "过渡假期。",
    "发了一张帖子。", "该法规距今十年。", "相距阵地不远。", "花篮图案。", "工作崇尚实干。",
    "推延申请期限。", "公布署名文章。",
])
def test_ty001_cross_word_lookalikes(text):
    assert found(text, "TY001") == []


def test_ty001_unless_and_after_conditions(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        '[[confusion]]\nwrong = "进帐"\nright = "进账"\nreason = "收入用“账”"\nunless = ["走进帐篷", "进帐内"]\n\n'
        '[[confusion]]\nwrong = "定单"\nright = "订单"\nreason = "合同用“订”"\nafter = "[，。数量]"\n',
        encoding="utf-8",
    )
    text = "本月进帐十万。走进帐篷。他进帐内。确定单位。收到定单。"
    findings = check_text(text, select=["TY001"], data={"typos": [team]})
    assert [(f.text, f.column) for f in findings] == [("帐", 4), ("定", 25)]


def test_ty001_bad_condition_is_reported(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text('[[confusion]]\nwrong = "甲"\nright = "乙"\nreason = "r"\nbefore = "[的"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="before"):
        check_text("甲", select=["TY001"], data={"typos": [team]})


def test_ty004_team_pattern(tmp_path):
    team = tmp_path / "team.toml"
    team.write_text(
        '[[particle]]\nbefore = ["高兴"]\nwrong = "的"\nright = "地"\nafter = ["说"]\nreason = "状语用“地”"\n',
        encoding="utf-8",
    )
    findings = check_text("他高兴的说。", select=["TY004"], data={"typos": [team]})
    assert [(f.text, f.column, f.suggestion, f.severity) for f in findings] == [("的", 4, "地", "warning")]



def test_ty003_scan_from_each_le_finds_what_the_pattern_finds_everywhere():
    from hypothesis import given, settings, strategies as st

    from checker.testing import make_engine

    make_engine(select=["TY003"])  # the plugin package is importable once plugins are loaded
    from checker_plugins.typos.duplicates import DOUBLED_WITH_LE, doubled_around_le

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(["实现", "了", "实现了", "提高", "了了", "工作", "，", "a", "了实现", "提",
                                    "加强组织建设", "组织建设"]),
                    max_size=14))
    def same_matches(pieces):
        text = "".join(pieces)
        anchored = [(m.start(), m.group(1)) for m in doubled_around_le(text)]
        assert anchored == [(m.start(), m.group(1)) for m in DOUBLED_WITH_LE.finditer(text)]

    same_matches()
    assert [m.group(1) for m in doubled_around_le("了提高了提高效率，实现了实现。")] == ["提高"]
    assert [m.group(1) for m in doubled_around_le("加强组织建设了加强组织建设工作")] == ["加强组织建设"]

# ── TY002 scanning without the large character class ─────────────────────────────────────

def _character_tables():
    from checker.testing import make_engine

    engine = make_engine(select=["TY002"])
    from checker_plugins.typos.charsets import tables_for

    engine.context.rule = engine.rules[0]
    return tables_for(engine.context, "TY002")


def test_ty002_finds_the_runs_the_full_class_finds():
    from hypothesis import given, settings, strategies as st

    tables = _character_tables()
    pool = ("的是置安臵设⽤⼾⽅⾯鍺锟斤拷丟並亂喆堃〇" "\ue000\ufffd\U00020000\u2e8cABC12，。 \n"
            + "".join(sorted(tables.curated))[:20])

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=pool, max_size=40))
    def same_runs(text):
        quick = [(m.start(), m.group()) for m in tables.outside_runs(text)]
        full = [(m.start(), m.group()) for m in tables.outside_pattern().finditer(text)]
        assert quick == full

    same_runs()
    assert [m.group() for m in tables.outside_runs("搬迁安臵，⽤⼾。")] == ["臵", "⽤⼾"]
    assert list(tables.outside_runs("搬迁安置，用户。二〇二四年")) == []



@pytest.mark.parametrize("entry, rule_id", [
    ('[[confusion]]\nwrong = "甲"\nright = "乙"\nreason = "r"\nnot_after = "[z-a]"\n', "TY001"),
    ('[[particle]]\nbefore = ["高兴"]\nwrong = "的"\nright = "地"\nafter = ["说"]\nreason = "r"\n'
     'not_before = "(?<=很|非常)"\n', "TY004"),
])
def test_bad_condition_is_reported_even_where_no_entry_matches(tmp_path, entry, rule_id):
    """Conditions compile when a match first needs them, but a bad one is refused at once."""
    team = tmp_path / "team.toml"
    team.write_text(entry, encoding="utf-8")
    with pytest.raises(ConfigError, match="valid regular expression|invalid regular expression"):
        check_text("今天天气很好。", select=[rule_id], data={"typos": [team]})


# ── entries and patterns met in the drafts of fixtures/defects 64–83 ─────────────────────

@pytest.mark.parametrize("text,wrong,right", [
    ("我局将按排专人负责。", "按排", "安排"),
    ("精减研学活动的审批环节。", "精减", "精简"),
    ("部分站点既使开门也很少有老人光顾。", "既使", "即使"),
    ("虽然多次研究，但既使出台了指导意见，也没有真正解决问题。", "既使", "即使"),
    ("截止3月底，全县完成投资12亿元。", "截止", "截至"),
    ("投稿截至时间为9月30日。", "截至时间", "截止时间"),
    ("开展“书香机关”徵文活动。", "徵文", "征文"),
    ("组织拨河比赛。", "拨河", "拔河"),
    ("既使面临生源竞争加剧、教师结构性缺编等困难，我们也将迎难而上。", "既使", "即使"),
    ("遇到困难要坐阵指挥、现场解决。", "坐阵", "坐镇"),
    ("使我们这座江南小城蓬毕生辉。", "蓬毕生辉", "蓬荜生辉"),
    ("二是以身作责还不够到位。", "以身作责", "以身作则"),
    ("同时抓紧了解情况，随后补报祥情。", "祥情", "详情"),
    ("不得截流、挤占、挪用专项资金。", "截流", "截留"),
    ("参与救援的人员必须将防护用品配戴齐全。", "配戴", "佩戴"),
    ("做为校园安全第一责任人，校长要亲自抓。", "做为", "作为"),
    ("新上岗的档案人员必需在上岗后6个月内参加业务培训。", "必需", "必须"),
    ("组织党员重温抗战历史，缅怀先列功绩。", "先列", "先烈"),
    ("在干部职工中发挥了较好的示范带头做用。", "做用", "作用"),
    ("志愿服务为无偿服务，不计报筹。", "报筹", "报酬"),
    ("各乡镇要统筹部暑安全生产工作。", "部暑", "部署"),
    ("多于规定应选人数的选票做废。", "做废", "作废"),
    ("要防危杜渐，把问题解决在萌芽状态。", "防危杜渐", "防微杜渐"),
    ("这番话振聋发馈，发人深省。", "振聋发馈", "振聋发聩"),
    ("坚持一张蓝图汇到底。", "蓝图汇到底", "蓝图绘到底"),
    ("其影响不言而愈。", "不言而愈", "不言而喻"),
    ("大家虽然辛苦，却都甘之如怡。", "甘之如怡", "甘之如饴"),
    ("坚持守政创新。", "守政创新", "守正创新"),
    ("2.既使恢复供水后，初期水质可能出现短暂浑浊。", "既使", "即使"),
    ("深入贯切党的二十大精神。", "贯切", "贯彻"),
    ("局党组提前研究布暑。", "布暑", "部署"),
    ("发表评论文章，针贬“重建轻管”的问题。", "针贬", "针砭"),
    ("对变本加利销售过期食品的行为从严查处。", "变本加利", "变本加厉"),
    ("优化营商环境不能墨守陈规。", "墨守陈规", "墨守成规"),
    ("坚决防犯和遏制重特大生产安全事故。", "防犯", "防范"),
    ("鞠躬尽萃，医者仁心。", "鞠躬尽萃", "鞠躬尽瘁"),
    ("我们党团结带领人民艰苦卓决、顽强奋斗。", "艰苦卓决", "艰苦卓绝"),
    ("全区教师呕心历血、默默奉献。", "呕心历血", "呕心沥血"),
    ("相信新同学们一定受益非浅。", "受益非浅", "受益匪浅"),
    ("他们数十年如一日，默默无文地守护着水厂。", "默默无文", "默默无闻"),
    ("严防火势蔓廷成灾。", "蔓廷", "蔓延"),
    ("广泛宣传他们卫国戌边的感人事迹。", "戌边", "戍边"),
    ("对各类市场主体一视同人。", "一视同人", "一视同仁"),
    ("形成了有力震摄。", "震摄", "震慑"),
    ("向大会的胜利召开表示热列祝贺。", "热列", "热烈"),
    ("发扬顽强拼博的精神。", "拼博", "拼搏"),
    ("辛辛学子，志在四方。", "辛辛学子", "莘莘学子"),
    ("即然是为企业服务，就要主动上门。", "即然", "既然"),
    ("大力弘扬求真务实的工作做风。", "做风", "作风"),
    ("心无旁鹜干事业。", "心无旁鹜", "心无旁骛"),
    ("发放生活必须品。", "必须品", "必需品"),
    ("即要加快发展速度，又要注重发展质量。", "即要", "既要"),
    ("我们必需加快补齐短板弱项。", "必需", "必须"),
    ("安全出口指示灯损怀。", "损怀", "损坏"),
    ("涌现出一批先进典形。", "典形", "典型"),
    ("为群众排扰解难。", "排扰解难", "排忧解难"),
    ("现场人头赞动。", "人头赞动", "人头攒动"),
    ("请登陆系统填报。", "登陆", "登录"),
    ("群众可通过微信小程序登陆预约系统，选择接种时段。", "登陆", "登录"),
    ("一但发现自己被骗，请立即拨打110报警。", "一但", "一旦"),
    ("拟将刘思远等同志列为入党积极份子。", "积极份子", "积极分子"),
    ("不降低标准、不弄虚做假。", "弄虚做假", "弄虚作假"),
])
def test_new_confusions(text, wrong, right):
    finding = only(text, "TY001")
    assert finding.message.startswith(f"“{wrong}”应为“{right}”")
    assert finding.text in wrong and finding.suggestion in right


@pytest.mark.parametrize("text", [
    "按排名先后录取，按排序确定名次，按排查结果处理，按排放标准执行。",
    "精减机构和人员，精减冗员。",
    "既使企业受益，也使群众得实惠。",
    "报名于3月底截止，截至3月底已有120人报名。",
    "宫商角徵羽是五声音阶。",
    "拔河比赛于下午举行。",
    "这样既使企业受益，又让群众满意；既使得流程更短，也方便了办事。",
    "做好预防犯罪工作，严防犯人脱逃，预防犯错误。",
    "帮助企业渡过难关，孩子们度过了一个充实的假期。",
    "孩子们在做风筝；即要求各单位立即整改；生活必需品；趋之若鹜。",
    "台风登陆我省沿海；全年新增减税降费及退税缓税缓费1.86亿元。",
    "台风登陆我省沿海，平台已启动应急响应。",
    "标准要统一但发现问题要及时纠正。",
])
def test_new_confusion_lookalikes(text):
    assert found(text, "TY001") == []


def test_mojibake_of_zhong_is_garbled_text():
    finding = only("欢迎涓外宾朋。细水涓涓，涓滴成河。", "TY002")
    assert (finding.text, finding.column) == ("涓外", 3)


def test_tentative_doubled_verbs_are_not_slips():
    assert found("大家回去以后要把工作再研究研究、再细化细化，对照对照标准。", "TY003") == []
    assert [f[1] for f in found("进一步细化细化了措施，落实落实。", "TY003")] == ["落实落实"]


@pytest.mark.parametrize("text,flagged,right", [
    ("他把每件事都办的妥妥帖帖。", "办的妥妥帖帖", "办得妥妥帖帖"),
    ("要把政策讲的清清楚楚，", "讲的清清楚楚", "讲得清清楚楚"),
    ("让大家玩的开心，", "玩的开心", "玩得开心"),
    ("祝大家过的愉快！", "过的愉快", "过得愉快"),
    ("发挥了很好地示范带头作用。", "了很好地", "了很好的"),
    ("取得了明显地成效。", "了明显地", "了明显的"),
    ("请报考人员认真的阅读本公告。", "认真的阅读", "认真地阅读"),
    ("他耐心的逐户走访。", "耐心的逐户", "耐心地逐户"),
    ("他耐心的挨家挨户上门听取意见。", "耐心的挨家挨户", "耐心地挨家挨户"),
    ("认真的研读《决定》全文。", "认真的研读", "认真地研读"),
    ("我坚定的相信，只有中国共产党才能带领全国各族人民实现民族复兴。", "坚定的相信", "坚定地相信"),
    ("但深刻的反思自己，还存在管理偏松偏软的问题。", "深刻的反思", "深刻地反思"),
    ("我的科研能力进步的很快。", "进步的很", "进步得很"),
    ("医院组织各科室认真的分析本科室病种结构。", "认真的分析", "认真地分析"),
    ("学生们完成的很有兴趣。", "完成的很", "完成得很"),
    ("她分享的经验朴实而真挚，讲的非常感人。", "讲的非常感人", "讲得非常感人"),
    ("让我们重温了集团不平凡得三十年。", "不平凡得三十年", "不平凡的三十年"),
    ("屋面防水等项目改造的比较彻底，居民满意。", "改造的比较", "改造得比较"),
    ("让学生学的更扎实", "学的更", "学得更"),
    ("工程质量总体控制的较好。", "控制的较", "控制得较"),
    ("各科室要积极的配合检查组工作。", "积极的配合", "积极地配合"),
    ("各村踊跃的响应号召。", "踊跃的响应", "踊跃地响应"),
    ("接到指令后，迅速的赶赴现场集结待命。", "迅速的赶赴", "迅速地赶赴"),
    ("孩子们在户外开心的奔跑、攀爬、玩沙玩水。", "开心的奔跑", "开心地奔跑"),
])
def test_new_de_di_de_patterns(text, flagged, right):
    finding = only(text, "TY004")
    assert finding.message.startswith(f"“{flagged}”应为“{right}”")
    assert (finding.text, finding.suggestion) == next((a, b) for a, b in zip(flagged, right) if a != b)


@pytest.mark.parametrize("text", [
    "干干净净的房间，妥妥帖帖的安排。",
    "办的事情妥妥帖帖。",
    "玩的时候开心，过的日子愉快。",
    "确立了重要地位，覆盖了广泛地区。",
    "他们很好地发挥了作用，积极地开展了工作。",
    "以不折不扣的执行力把各项措施落到实处。",
    "这是一次认真的阅读体验；他所学的很扎实；我们学的更多是理论。",
    "要在扎实的研究上下功夫。",
    "这次谈话引起了大家深刻的反思。我们作了认真的反思，自己的进步的确不小。",
    "坚定的相信者；孩子们成长的环境很好。",
    "他讲的非常感人的故事打动了大家；这是不平凡的三十年，难忘得很。",
    "对问题进行认真的分析；他作了认真的分析。",
    "取得了改革发展的更大成效；这是落实双减的更大成效。",
    "得到了各方积极的配合。给予积极的配合和支持。群众对此有积极的响应。",
    "积极的配合度很高；主动的配合者；这是积极的响应。",
    "管理的比较规范的企业；所控制的很少。",
    "碎片化的浏览代替不了系统的阅读，短视频的刺激取代不了书本的滋养。",
    "迅速的集结令人赞叹。",
    "操场上传来快乐的奔跑声。在快乐的嬉戏中成长。这是一种快乐的嬉戏。",
])
def test_new_de_di_de_lookalikes(text):
    assert found(text, "TY004") == []


@pytest.mark.parametrize("text,wrong,right", [
    ("这首诗脍灸人口。", "脍灸人口", "脍炙人口"),
    ("要防患于未燃。", "防患于未燃", "防患于未然"),
    ("既使财政资金有限，我们也将优先保障基层投入。", "既使", "即使"),
    ("要集思广义。", "集思广义", "集思广益"),
    ("勿庸置疑，这是大事。", "勿庸置疑", "毋庸置疑"),
    ("这个办法很快凑效。", "凑效", "奏效"),
    ("不能默守陈规。", "默守陈规", "墨守成规"),
    ("要未雨稠缪。", "未雨稠缪", "未雨绸缪"),
    ("严励打击违法行为。", "严励", "严厉"),
    ("老师谆谆教悔。", "谆谆教悔", "谆谆教诲"),
    ("必需在11月底前完成招标。", "必需", "必须"),
])
def test_more_confusions(text, wrong, right):
    assert only(text, "TY001").message.startswith(f"“{wrong}”应为“{right}”")


def test_story_doubling_is_not_a_slip():
    assert found("很久很久以前，远远地望去。", "TY003") == []


def test_new_lookalikes_of_typos():
    assert found("东拼西凑效果不好，凑效率也不行。", "TY001") == []
    assert found("检查结果做到随到随读，边学边干。", "TY003") == []
    assert found("着力构建共建共治共享的基层治理新格局。", "TY003") == []
    assert found("引导受助学生树立自立自强、诚实守信的意识。", "TY003") == []
    assert [f[1] for f in found("实现了实现“非遗+旅游”深度融合。", "TY003")] == ["实现了实现"]
    assert [f[1] for f in found("居民们们对这一模式普遍认可。", "TY003")] == ["们们"]
    assert [f[1] for f in found("引导学生树立自立自立自强的意识。", "TY003")] == ["自立自立"]
    assert found("市直有关单位每单位每个项目不超过3名，各院校每校每个项目不超过4名。", "TY003") == []
    assert found("成长离不开实干担当。干部干部，干字当头。", "TY003") == []
    assert [f[1] for f in found("干部干部要带头干。", "TY003")] == ["干部干部"]
    assert [f[1] for f in found("我们要共同共同推进这项工作。", "TY003")] == ["共同共同"]
    (finding,) = check_text("村民委员会应当及时的向乡镇人民政府提出验收申请。", select=["TY004"])
    assert finding.suggestion == "地"
    (finding,) = check_text("让大家把年过的欢乐祥和。", select=["TY004"])
    assert finding.suggestion == "得"


def test_silent_work_done_adverbially():
    (finding,) = check_text("默默的耕耘在三尺讲台。", select=["TY004"])
    assert finding.suggestion == "地"
    assert found("他们默默的奉献令人感动，这是生活必需的物品。", "TY004") == []
    assert only("在推进过程涓，要大力宣传。", "TY002").text == "程涓"


def test_a_doubled_word_ending_a_longer_word():
    assert found("要把担当作为作为最鲜明的标识。", "TY003") == []
    assert [f[1] for f in found("要把作为作为最鲜明的标识。", "TY003")] == ["作为作为"]
    assert found("召开2024年度基层党组织组织生活会。", "TY003") == []
    assert [f[1] for f in found("召开2024年度基层组织组织生活会。", "TY003")] == ["组织组织"]
    assert found("二是部分经营主体主体责任落实不到位。", "TY003") == []
    assert [f[1] for f in found("要压实主体主体责任。", "TY003")] == ["主体主体"]



@pytest.mark.parametrize("text,garbled,meant", [
    ("针对以上é—®é¢˜，2025年我将重点抓好以下几项工作。", "é—®é¢˜", "问题"),
    ("调é‡‡工作扎实推进。", "é‡‡", "采"),
])
def test_utf8_read_as_windows_1252_is_garbled_text(text, garbled, meant):
    finding = only(text, "TY002")
    assert (finding.text, finding.suggestion) == (garbled, meant)


@pytest.mark.parametrize("text", ["他说：café很好。", "在café……里坐坐。", "参观了Musée d'Orsay。"])
def test_accented_latin_words_are_not_garbled(text):
    assert found(text, "TY002") == []



def test_the_gbk_garbling_of_yi():
    assert only("走访慰问涓€线职工和困难职工。", "TY002").text == "涓€"


# ── TY002 text in UTF-8 read as GBK ───────────────────────────────────────────────────────

@pytest.mark.parametrize("meant", ["代表", "群众", "政协", "调研", "工作", "发展", "安置", "学习", "管理", "服务"])
def test_ty002_decodes_utf8_read_as_gbk(meant):
    garbled = meant.encode("utf-8").decode("gbk")
    text = f"组织部分{garbled}深入基层，开展调查。"
    findings = check_text(text, select=["TY", "PU"])
    assert [(f.rule.id, f.text, f.suggestion) for f in findings] == [("TY002", garbled, meant)]
    assert findings[0].fix.safety == "unsafe" and f"应为“{meant}”" in findings[0].message


@pytest.mark.parametrize("text", [
    "他叫王喆，住在堃园小区。", "二〇二四年，县委书记王㛃同志讲话。", "代表委员要深入基层。",
])
def test_ty002_rare_characters_are_no_garble(text):
    assert [f.message for f in check_text(text, select=["TY002"]) if "GBK" in f.message] == []


def test_ty002_a_garble_leaves_the_full_width_letters_elsewhere_to_pu007():
    text = "请ＡＢＣ三家单位组织部分浠ｈ〃参加。"
    assert [(f.rule.id, f.text) for f in check_text(text, select=["TY", "PU"])] == [
        ("PU007", "ＡＢＣ"), ("TY002", "浠ｈ〃")]


@pytest.mark.parametrize("text, wrong", [
    ("对居民反应的加装电梯审批难、协调难问题，街道联合区住建局研究解决。", "反应"),
    ("群众反应强烈的停车难问题已经解决。", "反应"),
    ("应聘人员必需具有相应学段的教师资格证。", "必需"),
    ("各单位必需遵守操作规程。", "必需"),
])
def test_reported_concerns_and_a_must_before_a_verb(text, wrong):
    assert [f.text for f in check_text(text, select=["TY001"])] == [wrong[-1]]


@pytest.mark.parametrize("text", [
    "群众反应的强烈程度超出预期。",  # a reaction, not a report
    "患者反应的症状要及时记录。",
    "这是开展工作所必需的条件。",
])
def test_reported_concerns_lookalikes(text):
    assert check_text(text, select=["TY001"]) == []


@pytest.mark.parametrize("text", [
    "人参于秋季采收，加工后销往各地。",  # 人参 + 于
    "实施青年人才攀登计划。",  # 攀登 + 计划
    "扩大维修覆盖面。",  # 维修 + 覆盖
    "各单位要预按时间节点倒排工期。",
    "降低非计划拔管率。",  # 计划 + 拔管
    "采取明查暗访、突击检查等方式。",  # the inspectors' own term
    "组织开展烈士遗嘱展览。",  # a martyr's will itself
])
def test_new_dictionary_entries_lookalikes(text):
    assert check_text(text, select=["TY001"]) == []
