"""AD rules: template-site ads and watermarks, scraped page metadata, ad blocks, repeated titles.

The ad and metadata lines below are written for these tests in the styles of many kinds of
sites (document-sharing, WeChat accounts, forums, shops, model-essay sites); none of them uses the
shared seeds' brand or slogans. The look-alikes are ordinary sentences of speeches, reports and
notices that mention networks, downloads, members, sources and times.
"""

from pathlib import Path

import pytest

from checker import ConfigError
from checker.fixes import fix_document
from checker.testing import check_text, make_engine, read_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ads"
SPEECH = "在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，主要任务是部署下一阶段工作。\n谢谢大家！\n"


def found(text, select=("AD",), **kwargs):
    return [(f.rule.id, f.line, f.column, f.end_line, f.text)
            for f in check_text(text, select=list(select), path=kwargs.pop("path", "draft.txt"), **kwargs)]


def lines_by_rule(text, select=("AD",), path="draft.txt"):
    return sorted({(f.rule.id, line) for f in check_text(text, select=list(select), path=path)
                   for line in range(f.line, f.end_line + 1)})


def fixed(text, select=("AD",)):
    engine = make_engine(list(select))
    outcome = fix_document(read_text(text), engine.check, lambda data: read_text(data.decode("utf-8")), unsafe=True)
    return outcome.data.decode("utf-8")


# --- AD001: ad and watermark lines, on their own ----------------------------------------------

AD_LINES = [
    "谨防诈骗，认准本站唯一客服QQ：123456789，开通会员免费下载全部范文。",  # a site warning of fraud
    "（以上为样稿节选，完整版及个性化修改请付费获取，定制价格：千字80元起）",
    "承接：讲话稿、述职报告、调研报告、心得体会、表态发言，48小时交稿，不满意免费修改。",
    "本资料由笔杆子文库收集整理，仅供学习交流使用",
    "声明：本平台所有文章均来源于网络，如有侵权请联系我们删除。",
    "更多精彩内容，请关注“公文素材库”微信公众号",
    "下载本文档到电脑，编辑使用更方便",
    "开通超级会员，全站文档免费下载",
    "限时特惠：年卡会员仅需99元，立即抢购",
    "写材料找老张，原创代写各类讲话稿，微信：laozhang_xz",
    "Copyright © 2019-2024 某某公文网 All Rights Reserved",
    "皖ICP备18012345号-1",
    "（本文转自“基层党建”公众号，版权归原作者所有）",
    "扫码关注，回复“讲话”领取全套资料",
    "文章来源于网络，仅代表作者观点，与本站无关。",
    "本站为非营利性网站，所有资源仅供学习参考",
    "以上就是小编整理的全部内容，希望对大家有所帮助",
    "喜欢这篇文章的话，欢迎点赞、收藏、转发",
    "【会员福利】充值任意金额即可解锁全部范文",
    "办理会员，充值即可下载全部范文",
    "加入资料交流群，每日更新各类公文模板",
    "举报盗卖资料者，经核实奖励会员一个月",
    "此文档为付费资源，购买后可下载完整版",
    "温馨提示：文档可自由编辑，请根据实际情况修改后使用。",
    "未经本站书面许可，不得转载、摘编或以其他方式使用",
    "公文易网独家首发",
    "点击下方链接获取Word版",
    "关注我们，获取更多干货",
    "客服QQ：800123456",
    "加Q群：71328654 领取资料",
    "仅供内部学习参考，严禁外传",
    "星火公文网整理发布",
    "（墨香文库独家出品）",
    "本文由清风范文网原创，转载请注明出处",
    "（青竹资料平台独家整理）",
]


@pytest.mark.parametrize("text", AD_LINES)
def test_ad_line_is_reported_whole(text):
    assert found(text) == [("AD001", 1, 1, 1, text.strip())]


# --- AD002: scraped metadata lines, on their own ----------------------------------------------

METADATA_LINES = [
    "发布时间：2023-11-08 14:22 作者：佚名 浏览：386次",
    "来源：公文在线 | 编辑：小李 | 2023年6月2日",
    "阅读(2356) 评论(12) 收藏(8)",
    "您现在的位置：首页 > 总结报告 > 工作总结",
    "首页 » 讲话致辞 » 正文",
    "上一篇：2024年党支部工作计划 下一篇：组织生活会发言提纲",
    "相关推荐：",
    "相关热搜：防灾减灾日活动总结　防灾减灾宣传周简报　社区防灾减灾活动方案",
    "热门标签：述职报告 心得体会 讲话稿",
    "共4页，当前第2页",
    "首页 上一页 1 2 3 4 下一页 尾页",
    "本文共计2860字，预计阅读时间8分钟",
    "摘要：本文是由网友投稿的2023年度述职报告范文，仅供参考。",
    "导读：为大家精心整理了关于主题教育的心得体会，欢迎阅读！",
    "文档格式：DOCX 文档页数：12页 下载积分：5",
    "【打印本页】 【关闭窗口】",
    "点击复制全文　收藏本文　举报",
    "文档下载 | 收藏本文 | 打印本页",
    "原标题：在淬炼中成长　在担当中奋进——青年干部培训班学员心得分享",
    "楼主　笔杆子老周　发表于 2022-3-5 10:21　只看该作者",
    "本帖最后由 笔杆子老周 于 2022-3-5 10:35 编辑",
    "回复 2# 笔杆子老周：写得不错，收藏了，感谢楼主分享！",
    "回复　引用　举报　TOP",
    "关于全区农村人居环境整治工作情况的汇报.docx",
    "展开阅读全文∨",
    "字体：【大 中 小】",
    "标签：讲话稿,党建",
    "已阅读5页，剩余10页未读",
    "时间：2021/07/01 09:15:33",
    "作者：admin  发布于：2022-09-14",
    "还剩5页未读，继续阅读",
    "阅读 1,203 ｜ 收藏 ｜ 分享",
    "点赞 | 评论 | 转发",
    "游客，如果您要查看本帖隐藏内容请回复",
    "2024年度工作总结（区市场监管局）.docx　　36.5KB　　分享时间：2024-12-28 21:14",
    "当前为预览模式，仅显示前5页，保存到网盘后可查看全部内容",
]


@pytest.mark.parametrize("text", METADATA_LINES)
def test_metadata_line_is_reported_whole(text):
    assert found(text) == [("AD002", 1, 1, 1, text.strip())]


def test_a_collections_number_before_a_title():
    draft = ("在全县安全生产工作会议上的讲话\n篇一：在全县安全生产工作会议上的讲话\n同志们：\n"
             "今天召开全县安全生产工作会议，主要任务是部署工作。\n篇二：在全县安全生产工作会议上的讲话\n同志们：\n今天召开会议。\n")
    assert [(f[0], f[1], f[4]) for f in found(draft)] == [("AD001", 2, "篇一："), ("AD001", 5, "篇二：")]
    # a numbered piece that is no draft's title, and 篇 in a sentence
    assert found("读书心得\n篇一：我的家乡\n家乡的变化很大，我们要珍惜今天的生活。\n") == []
    assert found("同志们：\n今天我讲三篇文章。篇一：关于学习的通知要认真读。\n") == []


def test_a_bracketed_lead_label_needs_no_colon():
    body = "关于开展冬春季消防安全检查的通知\n各乡镇人民政府：\n为切实做好冬春季消防安全工作，现就有关事项通知如下。\n"
    lead = "【导语】这是一篇关于冬春季消防安全检查通知的范文，欢迎阅读参考！\n"
    assert [f[:2] for f in found(lead + body)] == [("AD002", 1)]
    # a bulletin's own 导语 section, in a sentence of its own, is no page's lead
    assert found(body + "本期导语部分由县委办公室撰写，欢迎阅读。\n") == []


def test_a_plain_text_table_in_an_attachment_is_not_a_footer():
    body = "各单位：\n为规范热线工单办理，现将有关事项通知如下。\n" + "工单要按时办结，逐件回访，确保群众满意。\n" * 6
    table = ("附件\n\n工单办理时限一览表\n\n序号\u3000诉求类型\u3000办理时限\u3000备注\n"
             "1\u3000咨询类\u30001个工作日\u3000能即时答复的当场办结\n"
             "2\u3000求助类\u30003个工作日\u3000紧急求助立即处置\n")
    assert found(body + table) == []
    # One line of slogans set apart by spaces is no table.
    assert [rule for rule, *_ in found(body + "仅供学习\u3000禁止外传\u3000侵权必究\n")] == ["AD001"]


def test_markdown_syntax_at_a_line_start_does_not_hide_navigation():
    text = "# 工作要点\n\n全年重点抓好五项工作。\n\n[返回顶部](#)\n"
    assert [(rule, line) for rule, line, *_ in found(text, path="a.md")] == [("AD002", 5)]
    text = "# 工作要点\n\n全年重点抓好五项工作。\n\n## 相关文章：\n"
    assert [(rule, line) for rule, line, *_ in found(text, path="a.md")] == [("AD002", 5)]
    # A heading that only starts like navigation is a heading.
    assert found("# 工作要点\n\n## 相关文章的写作要求\n\n正文。\n", path="a.md") == []


def test_a_ban_on_posting_online_is_no_sites_credit():
    text = "（三）要严守保密纪律。对课堂上涉及的内部情况和敏感信息，不得随意外传、不得上网发布，自觉维护培训秩序。\n"
    assert found(SPEECH + text) == []
    assert [rule for rule, *_ in found("正文。\n本文由某某范文网发布\n")] == ["AD001"]


def test_a_unions_home_and_its_members_are_no_site_words():
    form = "附件2\n模范职工之家（小家）推荐表\n单位名称：\n工会主席：\n会员人数：\n主要事迹（不超过1500字）：\n"
    assert found(form) == []
    assert [(rule, line) for rule, line, *_ in found("正文。\n范文之家（精品范文）\n")] == [("AD001", 2)]


def test_a_site_credit_kept_in_a_markdown_comment():
    draft = ("# 期末工作总结\n\n<!-- 本文由某某范文网整理发布，下载后可自由编辑 -->\n\n本学期各项工作有序推进。\n\n"
             "全体教师辛勤付出。<!-- 仅供学习交流　禁止外传 -->\n")
    assert [(rule, line) for rule, line, *_ in found(draft, path="a.md")] == [("AD001", 3), ("AD001", 7)]
    # a site's word with its address; the word alone is an author's note
    assert [rule for rule, *_ in found("正文。\n<!-- 范文 www.wenku-ziliao.com -->\n", path="a.md")] == ["AD001"]
    assert found("正文。\n<!-- 格式参考范文，按本校实际改写 -->\n", path="a.md") == []


def test_an_authors_notes_in_markdown_comments_are_not_site_text():
    draft = ("# 期末工作总结\n\n<!-- 以下数据截至1月23日，由年级组统计 -->\n"
             "<!-- 来源：www.jiaoyu-ziliao.com 的统计口径，待核对 -->\n"
             "<!-- checker-disable-next-line PU001 -->\n<!-- 下载的附件模板已按本校实际修改 -->\n\n正文。\n")
    assert found(draft, path="a.md") == []


def test_the_fix_deletes_a_site_comment_with_its_line():
    draft = "# 总结\n\n<!-- 本文由某某范文网整理发布 -->\n正文。<!-- 更多范文请关注公众号 -->\n"
    engine = make_engine(["AD001"])
    outcome = fix_document(read_text(draft, "a.md"), engine.check,
                           lambda data: read_text(data.decode("utf-8"), "a.md"), unsafe=True)
    assert outcome.data.decode("utf-8") == "# 总结\n\n正文。\n"


def test_a_markdown_rule_above_does_not_hide_navigation():
    # the rule's masked "---" lies on an earlier line than the navigation a line-start pattern finds
    text = "# 个人总结\n\n今年以来，我认真履行职责。\n\n2024年12月16日\n\n---\n\n上一篇：社区网格员个人工作总结　下一篇：干部考核个人总结\n"
    assert ("AD002", 9) in [(rule, line) for rule, line, *_ in found(text, path="a.md")]


@pytest.mark.parametrize("text", [
    "请各位代表阅读 3 份材料后分组讨论。", "他收藏了12件文物，分享给博物馆。", "阅读 2 遍以上。",
    "甲：有一个数字，我想特别和大家分享：2024年，集团研发投入达到3.2亿元。",  # a figure with its unit
])
def test_counts_and_sharing_in_sentences_are_not_page_widgets(text):
    assert found(text) == []


@pytest.mark.parametrize("text, shown", [
    ("来源：互联网　阅读：2136次", "阅读：2136"),  # times read, the page's own unit
    ("上传者：dk_8812　｜　阅读量：1.2万　｜　下载券：2", "阅读量：1"),
    ("分享：56", "分享：56"),
])
def test_page_counters_with_their_units(text, shown):
    assert [f"“{shown}”" in f.message for f in check_text(text, select=["AD002"], path="draft.txt")] == [True]


# --- look-alikes: ordinary sentences that must stay clean --------------------------------------

LOOKALIKES = [
    # what an enforcement report says about template sites is no ad
    "针对教辅材料、网络文学作品被上传至文库、网盘供付费下载的问题，组织开展专项整治，督促平台下架侵权文档4300余份。",
    "各单位承接的重点项目要按期完成，投标文件以正式报价为准。",
    "要加强网络安全，筑牢网络安全防线。",
    "文档下载地址见县政府门户网站通知公告栏目，请各单位及时下载填报。",  # a notice's own download
    "各级干部要关注民生，倾听群众呼声。",
    "这款政务App的下载量已突破50万次。",
    "推进政务服务网上办理，让群众少跑腿。",
    "群众可拨打12345热线反映诉求。",
    "积极参与全国文明城市网上申报工作。",
    "全市GDP增长6.5%，增速居全省第2位。",
    "会议定于2024年3月5日上午8:30召开。",
    "全年完成固定资产投资138.6亿元。",
    "我们要关注群众诉求，及时回应社会关切。",
    "引导群众下载安装“浙里办”App。",
    "坚决打击倒卖文物、非法集资等违法行为。",
    "要发挥商会会员单位的桥梁纽带作用。",
    "案例一：消费者李女士在某美容店办理会员卡，充值8000元，消费两次后该店停业。",
    "全县订阅党报党刊2.3万份，完成订阅任务。",
    "各支部要建立工作交流群，及时传达上级精神。",
    "要用好微信群、QQ群等线上平台。",
    "有位老党员讲：“某某同志常说，干部就要多下基层。”",
    "2019-2020年度，全县共发展党员1386名。",
    "时间：2025年9月1日上午9:00",
    "数据来源：国家统计局",
    "本站共有干部职工46人，今年以来安全运行365天。",
    "要严厉打击侵权盗版行为，保护版权所有人的合法权益。",
    "防范来自网络的攻击，维护网络安全。",
    "要把示范文明城市创建作为重点。",
    "规范文件管理，提高办文效率。",
    "关于转发《关于加强安全生产工作的通知》的通知",
    "（根据录音整理，未经本人审阅）",
    "会员代表大会选举产生了新一届理事会。",
    "要推动免费体检、免费义诊进社区。",
    "运用报刊、网络、手机短信平台等媒介进行宣传。",
    "学习强国、共产党员网等平台要用起来。",
    "请登录中国政府网www.gov.cn查询。",
    "职责：负责演练全过程的拍照、录像和新闻报道，演练结束后形成宣传稿件在学校公众号发布。",  # publishes, not a credit
    # an anti-fraud notice describing a scam
    "犯罪分子冒充电商平台、物流快递客服，以“取消会员自动续费”等为由，诱导受害人下载不明APP，进而骗取钱财。",
    # a school's own site (edu.cn) and account
    "学校就业信息网（http://jy.jclg.edu.cn）和“江城理工就业”微信公众号将实时发布参会单位名单和岗位信息，请同学们及时关注。",
    "按照1:2的比例配备后备干部。",
    "奋力书写新时代的下一篇章。",
    "推荐阅读《之江新语》等书目。",
    "涉密文件严禁外传，严禁复制。",
    "积极推广“扫码亮证”服务。",
    "2023.10.01-2023.12.31为集中整治期。",
    "各位会员：",
    "全年公众号推送信息320条，阅读量超150万人次。",
    "本平台上线以来，累计服务企业3000余家。",
    "请各单位关注本通知要求，认真抓好落实。",
    "材料由县委办公室整理，请各单位参阅。",
    "这是一篇优秀的调研报告，值得大家学习参考。",
    "作者：县委政研室 张明",
    "来源：《求是》2024年第3期",
    "12345热线客服人员要耐心解答群众咨询。",
    "积极推广“平安余杭”微信公众号，粉丝量突破10万。",
    "市民可免费下载使用“杭州办事”App。",
    "为全市职工开通会员服务卡，工会会员享受优惠。",
    "要加大宣传力度，欢迎社会各界关注支持。",
    "推动建设全省统一的政务服务网，实现一网通办。",
    "以上意见，请结合实际认真贯彻落实。",
    "请根据实际情况修改完善后于5月底前报送。",
    "党员干部要带头转发正能量信息，营造良好网络氛围。",
    "推进智慧图书馆建设，读者可扫码借阅、在线阅读。",
    "全县农村淘宝服务站达到120个。",
    "全年举办免费培训班12期，培训1200人次。",
    "限时办结制度要落实到位。",
    "关注公众号“XX发布”可查询最新政策。",
    "会议材料请于会后收回，严禁外传。",
    "请各单位报送Word版和PDF版材料。",
    "家长有疑问可联系老师，学校要及时答复。",
    # a platform or station that provides or publishes something is not a site's signature
    "全年通过市级共享交换平台提供数据调用1.36亿次，同比增长37.2%。",
    "各水文站发布预警信息3200余条，转移群众1.2万人。",
    "依托公共资源交易平台发布招标公告586条。",
    "国家电网发布了2024年社会责任报告。",
    # a speaker's modest closing is not a watermark
    "以上是我今天讲的内容，仅供大家学习参考，不妥之处请同志们批评指正。",
    "以上是我的一点粗浅体会，仅供大家学习参考。",
    # a platform that publishes for an office, a station chief
    "会议材料统一在平台发布。",
    "通知公告统一通过平台发布，请各单位及时查阅。",
    "彭建国同志任云口乡农业综合服务站站长。",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_sentence_is_clean(text):
    assert found(text, select=("AD", "CT")) == []


@pytest.mark.parametrize("text", LOOKALIKES[:20])
def test_lookalike_stays_clean_inside_a_speech(text):
    draft = SPEECH.replace("谢谢大家！", text + "\n谢谢大家！")
    assert found(draft, select=("AD", "CT")) == []


# --- position: banners at the head and footers at the tail -----------------------------------

def test_banner_of_another_site_with_brand_and_slogan_lines():
    draft = (
        "内部学习资料 请勿外传\n墨韵公文馆\n专注机关文稿十二年\n开通年度会员立享全站资料无限下载\n\n"
        + SPEECH
    )
    assert found(draft) == [
        ("AD001", 1, 1, 1, "内部学习资料 请勿外传"),
        ("AD003", 1, 1, 4, "内部学习资料 请勿外传\n墨韵公文馆\n专注机关文稿十二年\n开通年度会员立享全站资料无限下载"),
        ("AD001", 2, 1, 2, "墨韵公文馆"),
        ("AD001", 3, 1, 3, "专注机关文稿十二年"),
        ("AD001", 4, 1, 4, "开通年度会员立享全站资料无限下载"),
    ]


def test_brand_line_message_names_it():
    draft = "仅供学习 请勿外传\n青禾文苑\n现在订阅立享全年资料\n" + SPEECH
    brand = [f for f in check_text(draft, select=["AD001"]) if f.line == 2]
    assert [f.message for f in brand] == ["页首广告块中的站名或宣传语“青禾文苑”"]


def test_document_sharing_site_head():
    draft = ("公文云文库 - 机关写作资料共享平台\n下载文档到电脑，查找使用更方便\n还剩3页未读，继续阅读\n"
             + SPEECH)
    assert lines_by_rule(draft) == [("AD001", 1), ("AD001", 2), ("AD002", 3), ("AD003", 1), ("AD003", 2), ("AD003", 3)]


def test_wechat_article_header_and_footer():
    draft = ("原创 笔杆子写作 2023-06-12 08:00 发表于山东\n" + SPEECH
             + "\n往期推荐\n▼\n点击“阅读原文”获取更多资料\n")
    assert found(draft) == [
        ("AD002", 1, 1, 1, "原创 笔杆子写作 2023-06-12 08:00 发表于山东"),
        ("AD002", 7, 1, 7, "往期推荐"),
        ("AD003", 7, 1, 9, "往期推荐\n▼\n点击“阅读原文”获取更多资料"),
        ("AD001", 8, 1, 8, "▼"),
        ("AD001", 9, 1, 9, "点击“阅读原文”获取更多资料"),
    ]


def test_footer_with_separator_site_name_and_related_list():
    draft = SPEECH + "\n——————————\n墨韵公文馆\n本站材料均为会员原创投稿，未经许可不得转载\n猜你喜欢\n在全区营商环境大会上的讲话\n党支部书记述职报告\n"
    assert found(draft) == [
        ("AD001", 6, 1, 6, "——————————"),
        ("AD003", 6, 1, 11, "——————————\n墨韵公文馆\n本站材料均为会员原创投稿，未经许可不得转载\n猜你喜欢\n在全区营商环境大会上的讲话\n党支部书记述职报告"),
        ("AD001", 7, 1, 7, "墨韵公文馆"),
        ("AD001", 8, 1, 8, "本站材料均为会员原创投稿，未经许可不得转载"),
        ("AD002", 9, 1, 9, "猜你喜欢"),
        ("AD002", 10, 1, 10, "在全区营商环境大会上的讲话"),
        ("AD002", 11, 1, 11, "党支部书记述职报告"),
    ]


def test_footer_closing_with_two_brand_lines():
    draft = SPEECH + "\n更多精品范文请关注公众号\n墨韵公文馆\n专注机关文稿十二年\n"
    assert lines_by_rule(draft) == [("AD001", 6), ("AD001", 7), ("AD001", 8), ("AD003", 6), ("AD003", 7), ("AD003", 8)]
    assert fixed(draft) == SPEECH


def test_an_attachments_title_above_a_footer_stays():
    ad = "本文来源于网络，仅供学习交流使用，如有侵权请联系删除。"
    draft = SPEECH + "附件3\n会场座位示意图（另行印发）\n" + ad + "\n"
    assert found(draft) == [("AD001", 7, 1, 7, ad)]
    # under a site's name instead, the short line is the banner's, as before
    draft = SPEECH + "墨韵公文馆\n会场座位示意图（另行印发）\n" + ad + "\n"
    assert 6 in {f[1] for f in found(draft)}


REPORT_WITH_ATTACHED_TABLE = (
    "关于2024年度全县农村妇女“两癌”检查工作的报告\n县人民政府：\n2024年，全县完成检查任务。\n"
    "以上汇报，如有不妥，请批评指正。\n安平县妇女联合会\n2025年1月20日\n附表\n"
    "2024年度各乡镇农村妇女“两癌”免费检查任务完成情况\n序号　乡镇　任务数（人）　完成数（人）　完成率\n"
    "1　城关镇　2800　2906　103.8%\n"
)


def test_an_attached_tables_title_with_a_word_of_ads_stays():
    assert found(REPORT_WITH_ATTACHED_TABLE) == []
    assert found(REPORT_WITH_ATTACHED_TABLE.replace("附表\n", "附表\n\n")) == []  # a blank line between
    # a footer after the table is still found
    footer = "免费下载更多范文，尽在范文网www.fanwen.com"
    assert [f[4] for f in found(REPORT_WITH_ATTACHED_TABLE + footer + "\n") if f[0] == "AD001"] == [footer]


def test_a_hosts_stage_direction_above_a_footer_stays():
    ad = "如需本主持词完整Word版及配套PPT，请加QQ：2874561093"
    draft = SPEECH + "谢谢大家！\n（全体起立，奏乐，领导和嘉宾退场）\n" + ad + "\n"
    assert [f[1] for f in found(draft) if f[0] == "AD001"] == [draft.count("\n")]


def test_a_notices_own_enquiry_block_at_its_end():
    text = SPEECH + "征兵咨询：\n县人武部征兵办公室　联系电话：0736-7812345\n咨询时间：工作日8:30—12:00，14:30—17:30\n"
    assert found(text) == []


@pytest.mark.parametrize("ending", [
    "课题组成员：李秀云　张建国　王海燕　赵明\n2025年6月\n",  # a report's authors and month
    "宣誓人：县校园足球裁判员　黄立军\n",
    "北岭县　147　43　377.55\n合　计　1286　357　2863.47\n",  # a table's total row
])
def test_the_drafts_own_last_lines_above_a_footer_stay(ending):
    ad = "下载后可编辑　本文档共8页　点击复制全文"
    draft = SPEECH + ending + ad + "\n"
    assert {f[1] for f in found(draft)} == {draft.count("\n")}
    # a web page's field above the footer's first ad opens it
    assert {f[1] for f in found(SPEECH + "责任编辑：陈　丽\n分享到：\n")} >= {SPEECH.count("\n") + 1}


def test_a_table_that_ends_the_draft_above_a_footer_stays():
    ad = "本文档由文库用户上传，如有侵权请联系删除。"
    table = ("附：值班安排表\n日期　　带班领导　　值班人员\n9月30日　　王建国　　刘洋、周敏\n"
             "10月1日—10月2日　　李红梅　　吴海波、冯雪\n10月3日—10月4日　　陈宏　　刘洋、吴海波\n")
    draft = SPEECH + table + ad + "\n"
    assert found(draft) == [("AD001", 10, 1, 10, ad)]
    # a table pasted from a spreadsheet sets its cells apart with single tabs
    pasted = table.replace("　　", "\t")
    assert found(SPEECH + pasted + ad + "\n") == [("AD001", 10, 1, 10, ad)]
    # short lines without a table's cells are the banner's, as before
    banner = SPEECH + "附：值班安排表\n墨韵公文馆\n专注机关文稿十二年\n" + ad + "\n"
    assert {6, 7} <= {f[1] for f in found(banner)}


@pytest.mark.parametrize("line, flagged", [
    ("公文笔杆子网　www.gwbgz.net", True),  # a site's name and address dropped into the body
    ("公文笔杆子网 | http://www.gwbgz.net", True),
    ("报名网站：市人才网 www.xxrc.com", False),  # a label: the draft's own field
    ("详见市人才网（www.xxrc.com）公布的名单。", False),  # a sentence
    ("中国政府网　www.gov.cn", False),  # an official address
])
def test_a_site_name_and_address_alone_in_the_body(line, flagged):
    body = ("同志们：\n今天召开全县工作会议，研究部署下一阶段工作。\n" + line +
            "\n会议要求，各单位要抓好落实。\n大家要认真贯彻，确保取得实效。\n")
    assert bool([f for f in found(body) if f[1] == 3]) is flagged


def test_an_emergency_plans_title_under_a_breadcrumb_stays():
    draft = ("首页 > 范文大全 > 应急预案 > 正文\n桃源县防汛抗旱应急预案\n"
             "发布时间：2025-03-12 09:14 来源：公文范文网 阅读：2136次\n1 总则\n1.1 编制目的\n"
             "为做好防汛抗旱工作，最大限度减轻灾害损失，制定本预案。\n")
    assert 2 not in {f[1] for f in found(draft)}
    assert {1, 3} <= {f[1] for f in found(draft)}


def test_blank_fields_of_a_form_at_the_end_stay():
    form = ("附件2\n“安全生产月”活动情况统计表\n填报单位（盖章）：\n填报日期：\n一、宣传教育\n"
            "1.举办安全宣传咨询活动（场次）：\n2.发放宣传资料（份）：\n3.参与群众（人次）：\n4.媒体刊发稿件（篇）：\n")
    assert found(SPEECH + form) == []
    # a site's line among them is still reported
    assert [f[1] for f in found(SPEECH + form + "更多范文请关注公众号：gwfw888\n") if f[0] == "AD001"] == [14]


@pytest.mark.parametrize("line", [
    "【广告】公文代写、润色、改稿，请加微信gwxz888",
    "（本段为预览内容，完整版方案请联系店主获取）",
    "需要原创述职报告、讲话稿的私信我或加Q：2659871034",
    "相关推荐：社区党支部书记抓基层党建工作述职报告",
])
def test_a_sellers_line_in_the_middle_of_the_body(line):
    body = ("同志们：\n今天召开全县工作会议，研究部署下一阶段工作。\n" + line +
            "\n会议要求，各单位要抓好落实，确保取得实效，推动各项工作落地见效。\n大家要认真贯彻。\n")
    assert 3 in {f[1] for f in found(body)}


@pytest.mark.parametrize("line", [
    "附件：报名表.docx",  # the draft's own attachment
    "大家要多读原文，把握精神实质，楼主一词不是公文用语。",
    "设立视障阅览室，为全区156名视障读者提供送书上门服务。",  # a service, not a page's source
])
def test_words_of_forums_and_files_in_a_drafts_own_sentence(line):
    body = "同志们：\n今天召开全县工作会议，研究部署下一阶段工作。\n" + line + "\n会议要求，各单位要抓好落实。\n"
    assert found(body) == []


def test_a_related_box_over_the_drafts_own_background():
    box = ("【相关链接】\n龙泉市基本情况\n龙泉市位于省境西南部，总面积3026平方公里，辖12个镇、3个街道，"
           "常住人口86万人，是全省重要的工业城市。\n")
    draft = "同志们：\n今天召开全县工作会议，研究部署下一阶段工作。\n" + box + "会议要求，各单位要抓好落实，确保取得实效。\n"
    assert found(draft) == []
    scraped = "同志们：\n今天召开全县工作会议，研究部署下一阶段工作。\n会议要求，各单位要抓好落实。\n【相关链接】\n2024年工作总结范文\n述职报告范文三篇\n"
    assert 4 in {f[1] for f in found(scraped)}


@pytest.mark.parametrize("byline", ["（龙泉市融媒体中心记者　刘　洋　通讯员　陈思远）", "（作者单位：中共石门县委宣传部）"])
def test_a_bylines_line_at_the_end_stays(byline):
    draft = SPEECH + byline + "\n本文来源于网络，仅供学习交流使用，如有侵权请联系删除。\n"
    assert [f[1] for f in found(draft)] == [6]


@pytest.mark.parametrize("credit", ["（市卫生健康委宣传中心整理）", "（桂园街道党工委宣传统战办供稿）", "（县委组织部撰稿）"])
def test_an_organs_credit_at_the_end_stays(credit):
    assert found(SPEECH + "\n" + credit + "\n") == []
    # also right above a seller's line, which is still reported
    draft = SPEECH + "\n" + credit + "\n更多颁奖词范文　加QQ：2857734109\n"
    assert [f[1] for f in found(draft)] == [7]


@pytest.mark.parametrize("mark", ["（完）", "（全文完）", "—完—"])
def test_the_mark_that_ends_the_text_stays_above_a_sellers_line(mark):
    draft = SPEECH + "\n" + mark + "\n本资料由笔杆子范文库整理　需要完整版请添加微信号：wenmi8866\n"
    assert [f[1] for f in found(draft)] == [7]


def test_a_numbered_heading_after_the_last_sentence_goes_on_with_the_draft():
    draft = SPEECH + "\n## 六、咨询方式\n\n联系人：白沙镇人民武装部　欧阳明　联系电话：0745-6531056\n"
    assert found(draft, path="notice.md") == []
    ads = SPEECH + "\n相关推荐：\n1.更多精品范文请关注公众号\n2.免费下载述职报告范文大全\n"
    assert {6, 7, 8} <= {f[1] for f in found(ads)}


@pytest.mark.parametrize("credit", ["（公文范文网整理）", "（笔杆子写作网整理）"])
def test_a_sites_credit_at_the_end_is_still_reported(credit):
    assert [f[1] for f in found(SPEECH + "\n" + credit + "\n")] == [6]


def test_a_markdown_notices_contact_block_with_blank_lines():
    text = ("# 关于开展安全生产月活动的通知\n\n各单位要按时报送材料，确保活动取得实效。\n\n"
            "联系人：刘晓峰（区应急管理局）\n\n联系电话：0736-7788123\n\n电子邮箱：wlqyjj_zhxt@163.com\n")
    assert found(text, path="notice.md") == []


def test_a_contents_list_is_not_a_repeated_title():
    draft = ("政务服务工作简报\n第9期\n\n本期目录\n8月份12345热线运行情况通报\n城东区“接诉即办”工作经验\n\n"
             "8月份12345热线运行情况通报\n一、总体情况\n8月份，热线共受理群众诉求12000件，同比增长3.2%。\n")
    assert found(draft) == []
    assert [f[:2] for f in found(draft.replace("本期目录\n", "\n"))] == [("AD004", 8)]


def test_a_bulleted_contents_list_is_not_a_repeated_title():
    draft = ("组织工作简报\n第18期\n本期导读\n●全区第六期中青年干部培训班开班\n●区委组织部召开基层党建工作观摩推进会\n"
             "全区第六期中青年干部培训班开班\n2025年9月5日上午，全区第六期中青年干部培训班开班，学员共48人。\n")
    assert found(draft) == []
    assert found(draft.replace("本期导读", "【本期要目】")) == []


def test_a_template_pages_title_under_the_drafts_own():
    draft = ("在全市表彰大会上的主持词\n全市庆祝建党104周年暨“两优一先”表彰大会主持词范文\n"
             "同志们：\n今天召开全市表彰大会，主要任务是表彰先进。\n")
    assert [f[:2] for f in found(draft)] == [("AD001", 2)]
    assert found("这篇讲话范文写得很好，值得学习。\n") == []
    titled = "2024年度抓基层党建工作述职报告范文（通用3篇）\n同志们：\n今天召开会议，主要任务是总结工作。\n"
    assert [f[:2] for f in found(titled)] == [("AD001", 1)]
    # a page gathering several drafts under one title, with no 范文 in it
    pages = "新时代文艺精品创作座谈会主持词\n文联文艺创作座谈会主持词（通用5篇）\n同志们：\n今天我们召开座谈会。\n"
    assert [f[:2] for f in found(pages)] == [("AD001", 2)]
    assert found("新时代文艺精品创作座谈会主持词\n附件：优秀征文（3篇）\n同志们：\n今天我们召开座谈会。\n") == []


def test_a_pages_source_provided_by_its_users():
    assert [f[0] for f in found(SPEECH + "以上内容由网友提供\n")] == ["AD001"]


def test_a_title_copied_again_with_a_sites_note_in_brackets():
    title = "东沅县2025年根治拖欠农民工工资工作情况汇报"
    body = "按照通知要求，现将我县工作开展情况汇报如下：\n一、工作开展情况\n"
    assert [f[:2] for f in found(f"{title}\n{title}（通用范文）\n{body}")] == [("AD004", 2)]
    # a draft's own note on its title is no site's
    assert found(f"{title}\n{title}（征求意见稿）\n{body}") == []


def test_a_pledge_against_ghost_writing_is_no_ad():
    pledge = "原创声明：本人承诺，所投作品系本人独立创作，未抄袭他人作品，未由他人代写。\n"
    assert found(SPEECH + "是否首次参加市级征文活动：□是　□否\n" + pledge) == []
    assert [f[0] for f in found(SPEECH + "专业代写各类材料，原创定制。\n")][:1] == ["AD001"]


def test_a_made_to_order_writing_service_is_a_sellers_pitch():
    finding = next(f for f in check_text(SPEECH + "范文定制　手机：13973086621（微信同号）\n", select=["AD001"]))
    assert finding.message.startswith("模板网站留下的文字（推销")
    assert "“范文定制”" in finding.message
    assert found(SPEECH + "我们为企业提供个性化服务定制，做好跟踪服务。\n") == []
    assert found("要做好相关搜索工作，及时回应群众关切。\n") == []


def test_long_disclaimer_at_the_tail_is_one_finding():
    disclaimer = ("免责声明：本文仅代表作者个人观点，与本站无关。其原创性以及文中陈述文字和内容未经本站证实，"
                  "对本文以及其中全部或者部分内容的真实性、完整性本站不作任何保证，请读者仅作参考。")
    assert found(SPEECH + disclaimer + "\n") == [("AD001", 5, 1, 5, disclaimer)]


def test_subtitle_below_an_ad_line_is_not_taken_for_the_banner():
    draft = ("本文由墨韵公文馆整理\n坚定信心 真抓实干\n——在全市经济工作会议上的讲话\n同志们：\n"
             "今天召开全市经济工作会议，主要任务是部署全年工作。\n")
    assert found(draft) == [("AD001", 1, 1, 1, "本文由墨韵公文馆整理")]


def test_speaker_and_date_under_the_title_stay():
    draft = "坚持人民至上 办好民生实事\n——在全市民生工作会议上的讲话\n市长 王建国\n（2024年3月18日）\n" + SPEECH
    assert found(draft, select=("AD", "CT")) == []


def test_notice_signature_is_not_part_of_the_footer():
    draft = ("关于做好安全生产工作的通知\n各乡镇人民政府：\n请认真抓好安全生产各项工作，确保不发生重大事故。\n"
             "县人民政府办公室\n2025年8月20日\n（此件公开发布）\n更多公文范文请访问墨韵公文馆\n")
    assert found(draft) == [("AD001", 7, 1, 7, "更多公文范文请访问墨韵公文馆")]


# Lines that close an official text, after the last sentence where a site's footer would go:
# they stay clean, and a site's line after them is still reported.
CLOSINGS = [
    # an attachment list (GB/T 9704-2012 7.3.6)
    ("关于开展老年人健康体检的通知\n各区卫生健康局：\n请认真组织做好老年人健康体检工作，按时报送进度。\n\n"
     "附件：1.定点机构名单\n\u3000\u3000\u30002.工作进度统计表\n\u3000\u3000\u30003.老年人健康体检预约二维码\n\n"
     "市卫生健康委员会\n2025年3月15日\n\n", "扫码领取更多二维码模板", ("AD001",)),
    # the printing line of the 版记 (7.4.3)
    ("关于开展安全生产月活动的通知\n各中小学：\n请认真组织开展安全生产月活动，按时报送总结。\n"
     "临川区教育局\n2024年5月20日\n抄送：区应急管理局。\n临川区教育局办公室\u3000\u30002024年5月20日印发\n",
     "更多公文范文请加微信：wenmi_2021", ("AD001",)),
    # a list of honourees and their posts after a decision
    ("关于表彰先进个人的决定\n各乡镇党委：\n为表彰先进，决定授予以下同志荣誉称号。希望受表彰的同志再接再厉。\n"
     "沅岚市委\n2025年3月1日\n\n先进个人（4名）\n\n李晓峰\u3000\u3000青樾县白沙镇党委书记\n"
     "周\u3000婧（女）\u3000\u3000沅岚市农业农村局种植业管理科科长\n"
     "彭建国\u3000\u3000石湄县云口乡农业综合服务站站长\n罗嘉怡（女）\u3000江屿区荷塘村驻村工作队队员\n",
     "更多范文请关注公众号“笔杆文苑”", ("AD001",)),
    # a bulletin's distribution lines and print count
    ("工作简报\n各乡镇要认真查找差距，抓好整改落实，确保二季度各项工作取得新成效。\n"
     "报：市优化营商环境办公室\n送：县委、县政府分管领导\n发：各乡镇人民政府，县直各有关单位\n（本期共印40份）\n",
     "作者：admin\u3000责任编辑：小陈", ("AD002",)),
    ("工作简报\n各乡镇要认真查找差距，抓好整改落实，确保二季度各项工作取得新成效。\n"
     "报：市优化营商环境办公室\n发：各乡镇人民政府，县直各有关单位\n", "作者：admin\u3000责任编辑：小陈", ("AD002",)),
    # a bank branch signs, and its date carries the weekday
    ("2025年工作报告\n同事们，让我们坚定信心、迎难而上，奋力谱写高质量发展新篇章！\n"
     "临河支行\n2025年1月24日（星期五）\n", "下载后可编辑，更多精品范文请关注本站", ("AD001",)),
]


@pytest.mark.parametrize("text, site_line, rules", CLOSINGS, ids=["attachments", "printing", "honourees", "bulletin", "bulletin-unnumbered", "branch"])
def test_closing_lines_of_an_official_text_are_not_a_footer(text, site_line, rules):
    assert found(text, select=("AD", "CT", "PU")) == []
    last = text.count("\n") + 1
    assert lines_by_rule(text + site_line + "\n") == [(rule, last) for rule in rules]


def test_a_station_chief_signing_is_not_a_webmaster():
    assert found(SPEECH + "汇报人：云口乡农业综合服务站站长\n") == []
    assert lines_by_rule(SPEECH + "站长推荐：更多精品范文\n") == [("AD001", 5)]


def test_welcome_address_title_with_date_and_speaker():
    draft = ("在油茶产业发展大会上的欢迎辞\n在油茶产业发展大会上的欢迎辞\n（2025年10月18日）\n中共永和县委书记\u3000杨正清\n"
             "尊敬的各位来宾：\n今天，我们在这里隆重召开油茶产业发展大会，我代表县委县政府表示热烈欢迎。\n")
    assert found(draft) == [("AD004", 2, 1, 2, "在油茶产业发展大会上的欢迎辞")]


@pytest.mark.parametrize("path", ["report.txt", "report.md"])
def test_a_title_ending_like_an_office_is_still_a_repeated_title(path):
    head = "# " if path.endswith(".md") else ""
    draft = (f"{head}凝心聚力谋发展\u3000砥砺奋进开新局\n\n{head}凝心聚力谋发展\u3000砥砺奋进开新局\n\n"
             "——在江城重工集团五届三次职工代表大会上的工作报告\n\n各位代表：\n\n现在，我代表公司向大会作工作报告。\n")
    assert [(f[0], f[1]) for f in found(draft, path=path)] == [("AD004", 3)]


def test_issuer_heading_the_page_and_the_title_is_not_a_repeated_title():
    draft = ("沅岚市文化和旅游局\n\n沅文旅〔2025〕3号\n\n沅岚市文化和旅游局\n关于举办龙舟文化旅游节的请示\n\n"
             "市人民政府：\n为推动文旅融合发展，我局拟于2025年5月举办龙舟文化旅游节。\n妥否，请批示。\n")
    assert found(draft) == []


def test_watermark_still_reported_beside_a_modest_closing():
    draft = SPEECH.replace("谢谢大家！", "以上是我的一点体会，不妥之处请批评指正。仅供学习参考，严禁外传。\n谢谢大家！")
    assert [f[0] for f in found(draft)] == ["AD001"]


def test_tail_note_of_a_transcript_stays():
    assert found(SPEECH + "\n（根据录音整理）\n", select=("AD", "CT")) == []


def test_short_lines_without_ads_at_head_are_not_banners():
    draft = "内部资料\n在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，主要任务是部署下一阶段工作。\n"
    assert found(draft) == []


def test_meeting_agenda_fields_are_not_page_metadata():
    draft = ("全县安全生产工作会议议程\n时间：2024-03-05 09:00\n地点：县政府三楼会议室\n"
             "一、传达学习上级安全生产会议精神，通报全县一季度安全生产形势。\n二、县应急管理局作工作部署。\n")
    assert found(draft, select=("AD", "CT")) == []


def test_report_with_star_banner_and_bracketed_footer():
    draft = ("★★★★★★\n笔杆子文库 · 精品公文\n★★★★★★\n关于2024年度工作情况的报告\n县委：\n"
             "2024年，我局认真贯彻落实县委各项决策部署，各项工作取得了新进展。\n特此报告。\n"
             "县工业和信息化局\n2024年12月20日\n\n\n【本文档由墨韵公文馆提供 仅供参考】\n")
    assert lines_by_rule(draft) == [("AD001", 1), ("AD001", 2), ("AD001", 3), ("AD001", 12),
                                    ("AD003", 1), ("AD003", 2), ("AD003", 3)]
    assert fixed(draft).startswith("关于2024年度工作情况的报告\n") and fixed(draft).endswith("2024年12月20日\n")


# --- ads inside the text ----------------------------------------------------------------------

def test_ad_line_between_title_and_salutation():
    draft = "在全市组织工作会议上的讲话\n\n星火公文整理，咨询QQ：3365512\n同志们：\n今天召开全市组织工作会议。\n"
    assert found(draft) == [("AD001", 3, 1, 3, "星火公文整理，咨询QQ：3365512")]


def test_ad_sentence_glued_to_a_long_paragraph_is_reported_alone():
    body = ("各单位要把思想和行动统一到县委的决策部署上来，坚持问题导向，细化工作措施，"
            "压实工作责任，加强督促检查，确保各项任务落到实处。")
    ad = "本文由墨韵公文馆整理发布，转载请注明出处。"
    draft = SPEECH.replace("谢谢大家！", body + ad)
    assert found(draft) == [("AD001", 4, len(body) + 1, 4, ad)]


def test_bracketed_ad_aside_after_a_sentence():
    body = ("要坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准，"
            "在解决群众急难愁盼问题上持续用力，推动各项民生政策落地见效。")
    aside = "（更多精品范文请关注公众号：moyun_gw）"
    draft = SPEECH.replace("谢谢大家！", body + aside)
    assert found(draft) == [("AD001", 4, len(body) + 1, 4, aside)]


@pytest.mark.parametrize("page", ["- 2 -", "— 2 —", "－3－", "-12-"])
def test_a_page_number_line_amid_the_text_is_left_from_a_viewer(page):
    draft = SPEECH.replace("谢谢大家！", page + "\n谢谢大家！")
    assert found(draft) == [("AD002", 4, 1, 4, page)]


@pytest.mark.parametrize("line", ["- 2019年以来累计投入资金3.2亿元", "—— 2019年 ——", "2-3-4", "-- 5 -- 6 --"])
def test_lines_with_dashes_and_figures_are_not_page_numbers(line):
    assert [f for f in found(SPEECH.replace("谢谢大家！", line + "\n谢谢大家！")) if f[0] == "AD002"] == []


def test_pager_glued_to_the_end_of_a_paragraph():
    body = ("要坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准，"
            "在解决群众急难愁盼问题上持续用力，推动各项民生政策落地见效。")
    draft = SPEECH.replace("谢谢大家！", body + "第2页 共3页")
    assert found(draft) == [("AD002", 4, len(body) + 1, 4, "第2页 共3页")]


# --- AD004: repeated titles --------------------------------------------------------------------

def test_title_repeated_with_different_spacing():
    draft = ("在全县 组织工作会议上的讲话\n发布时间：2022-03-01 09:00:00\n在全县组织工作会议上的讲话\n"
             "同志们：\n今天召开全县组织工作会议。\n")
    findings = check_text(draft, select=["AD004"])
    assert [(f.line, f.text) for f in findings] == [(3, "在全县组织工作会议上的讲话")]
    assert findings[0].related[0].message == "标题第一次出现的位置"
    assert "与第1行重复" in findings[0].message


def test_page_title_with_site_name_is_the_copy():
    draft = "关于开展防汛应急演练的通知_公文在线网\n关于开展防汛应急演练的通知\n各乡镇：\n请认真做好防汛应急演练准备工作。\n"
    assert found(draft, select=("AD004",)) == [("AD004", 1, 1, 1, "关于开展防汛应急演练的通知_公文在线网")]


def test_title_copied_again_among_the_pages_leftovers_at_the_end():
    speech = ("在2025级新生开学典礼上的讲话\n江南理工大学校长　张明远\n同学们：\n今天，我们在这里隆重举行开学典礼。\n"
              "希望大家学业进步。\n谢谢大家！\n\n")
    draft = speech + "在2025级新生开学典礼上的讲话\n相关推荐：2025年秋季开学典礼校长讲话稿（精选10篇）\n"
    findings = check_text(draft, select=["AD004"])
    assert [(f.line, f.text) for f in findings] == [(8, "在2025级新生开学典礼上的讲话")]
    assert "与第1行重复" in findings[0].message
    # the title again at the end, with nothing of the site's near it, is the writer's
    assert found(speech + "在2025级新生开学典礼上的讲话\n", select=("AD004",)) == []


def test_repeated_headings_in_the_body_are_not_titles():
    draft = SPEECH.replace("谢谢大家！", "一、提高认识\n要提高认识。\n一、提高认识\n要统一思想。")
    assert found(draft, select=("AD004",)) == []


# --- fixes -------------------------------------------------------------------------------------

BANNER = "仅供学习 请勿外传\n青禾文苑\n现在订阅立享全年资料\n\n【严打倒卖】\n举报倒卖会员资料者奖励一年会员\n\n\n"


@pytest.mark.parametrize("select", [("AD",), ("AD003",), ("AD001",)])
def test_fix_deletes_the_head_banner_and_its_blank_lines(select):
    assert fixed(BANNER + SPEECH, select) == SPEECH


def test_fix_deletes_the_footer_and_the_blank_lines_before_it():
    assert fixed(SPEECH + "\n\n本文由墨韵公文馆整理\n更多精品范文请关注公众号\n\n\n") == SPEECH


def test_fix_deletes_a_middle_line_and_one_of_the_two_gaps():
    draft = "在全市组织工作会议上的讲话\n\n星火公文整理，咨询QQ：3365512\n\n同志们：\n今天召开全市组织工作会议。\n"
    assert fixed(draft) == "在全市组织工作会议上的讲话\n\n同志们：\n今天召开全市组织工作会议。\n"


def test_fix_deletes_only_the_glued_ad_sentence():
    body = ("各单位要把思想和行动统一到县委的决策部署上来，坚持问题导向，细化工作措施，"
            "压实工作责任，加强督促检查，确保各项任务落到实处。")
    draft = SPEECH.replace("谢谢大家！", body + "本文由墨韵公文馆整理发布，转载请注明出处。")
    assert fixed(draft) == SPEECH.replace("谢谢大家！", body)


def test_fix_deletes_scraped_lines_and_the_repeated_title():
    draft = ("党建工作会议的讲话\n\n时间:2023-04-06 10:11:12\n\n导读:以下是小编为大家整理的讲话稿，欢迎参考。\n\n"
             "党建工作会议的讲话\n\n同志们:\n今天召开党建工作会议。\n")
    assert fixed(draft) == "党建工作会议的讲话\n\n同志们:\n今天召开党建工作会议。\n"


def test_fixes_are_unsafe():
    findings = check_text(BANNER + SPEECH, select=["AD"])
    assert findings and all(f.fix.safety == "unsafe" for f in findings)


def test_fix_keeps_crlf_newlines():
    draft = (BANNER + SPEECH).replace("\n", "\r\n")
    assert fixed(draft) == SPEECH.replace("\n", "\r\n")


# --- the shared seeds, quoted where they matter ------------------------------------------------

SEED_BANNER = (
    "仅供学习 禁止外传\n酷乐文行\n自建平台、实时分享\n根据实际需求和形式任务不断迭代\n"
    "现在订阅立享前3年的所有权益和资料 \n\n【打击倒卖活动】\n举报倒卖会员资料的人，举报成功免费赠送一年会员材料！\n"
    "会员群：                      免费QQ群：         \n\n\n\n"
)


def test_seed_banner_every_line_and_one_block():
    draft = SEED_BANNER + "在半年党建工作推进会上的讲话\n同志们：\n下面，我就如何进一步抓好队伍党建工作，再强调三点意见：\n"
    assert lines_by_rule(draft) == sorted(
        [("AD001", n) for n in (1, 2, 3, 4, 5, 7, 8, 9)] + [("AD003", n) for n in range(1, 10)])
    block = [f for f in check_text(draft, select=["AD003"])]
    assert [(f.line, f.end_line) for f in block] == [(1, 9)]


def test_seed_credit_line_under_the_title():
    draft = SEED_BANNER + "在全县组织工作推进会议上的讲话\n\n酷乐文行整理，咨询QQ206157060\n同志们：\n"
    assert ("AD001", 15, 1, 15, "酷乐文行整理，咨询QQ206157060") in found(draft)


def test_seed_scraped_head_with_repeated_title():
    draft = ("党建大会的讲话\n\n时间:2022-02-10 08:38:00\n\n"
             "导语:党建大会的讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。\n\n"
             "党建大会的讲话\n\n同志们:\n\n刚才,“六项活动”领导小组分别汇报了督查评促情况。\n")
    assert lines_by_rule(draft) == [("AD002", 3), ("AD002", 5), ("AD003", 3), ("AD003", 4), ("AD003", 5),
                                    ("AD003", 6), ("AD003", 7), ("AD004", 7)]


@pytest.mark.parametrize("sentence", [
    "经过精心筹备，XX机关党建网今天正式开通，XX机关党建迈出信息化发展路子。",
    "充分运用报刊、网络、手机短信平台等媒介和简报、专报等形式进行大力宣传。",
    "借助网络、微信等现代媒体拓展影响渠道，提高品牌区域认知度和认可度。",
    "按照1:2的比例从村“两委”副职中培养村党组织书记后备人选。",
    "构建了1+2+3+4党建工作体系。",
    "要充分运用报刊、网络、电视等各类新闻媒体，着力营造良好舆论氛围。",
])
def test_seed_sentences_that_mention_the_web_stay_clean(sentence):
    assert found(SPEECH.replace("谢谢大家！", sentence), select=("AD", "CT")) == []


# --- fixture drafts ----------------------------------------------------------------------------

def test_fixture_drafts_with_ads_report_exactly_the_expected_lines():
    rows = [line.split("\t") for line in (FIXTURES / "expected.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    for name in sorted({r[0] for r in rows}):
        path = FIXTURES / name
        have = {(f.rule.id, n) for f in check_text(path.read_text(encoding="utf-8"), select=["AD"], path=name)
                for n in range(f.line, f.end_line + 1)}
        want = {(r[2], int(r[1])) for r in rows if r[0] == name}
        assert have == want, name


@pytest.mark.parametrize("name", ["clean_speech.txt", "clean_notice.md"])
def test_clean_fixture_drafts_have_no_ad_or_contact_findings(name):
    path = FIXTURES / name
    assert check_text(path.read_text(encoding="utf-8"), select=["AD", "CT"], path=name) == []


def test_markdown_heading_marks_are_not_part_of_the_finding():
    draft = "# 在全县工作会议上的讲话\n\n本文由墨韵公文馆整理，转载请注明出处\n\n同志们：\n\n今天召开全县工作会议，主要任务是部署工作。\n"
    assert found(draft, path="draft.md") == [("AD001", 3, 1, 3, "本文由墨韵公文馆整理，转载请注明出处")]


# --- data: a team adds its own signals ---------------------------------------------------------

def test_team_file_adds_a_signal(tmp_path):
    team = tmp_path / "ads.toml"
    team.write_text('[[signal]]\nphrase = "青禾精选"\nweight = 4\nkind = "站名"\nreason = "本单位见过的资料站"\n',
                    encoding="utf-8")
    assert found("青禾精选", data={"ads": [team]}) == [("AD001", 1, 1, 1, "青禾精选")]
    assert found("青禾精选") == []


def test_team_file_with_a_broken_entry_is_an_error(tmp_path):
    team = tmp_path / "ads.toml"
    team.write_text('[[signal]]\nphrase = "甲"\npattern = "乙"\nweight = 3\nreason = "两者都给"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="exactly one of 'phrase' or 'pattern'"):
        check_text("甲", select=["AD001"], data={"ads": [team]})


def test_explain_pages_carry_the_rationale():
    from checker.testing import default_host

    rules = default_host().rules
    for rule_id in ("AD001", "AD002", "AD003", "AD004"):
        rule = rules[rule_id]
        assert rule.category == "ad" and rule.fixable and len(rule.rationale) > 200


# --- a footer ad after a list of names, a form or a page number --------------------------------

HONOUREES = (
    "关于表彰优秀教师的决定\n各学校：\n经研究，决定表彰以下同志。\n二、先进教育工作者\n"
    "区教育局：林志远　　邓晓华（女）\n区教研室：罗建平\n区教育技术装备中心：范文强\n区第一中学：钟国华\n"
    "东湖区教育局\n2024年2月28日\n仅供学习 禁止外传\n"
)


def test_a_name_beginning_with_fanwen_is_not_a_site_name():
    assert lines_by_rule(HONOUREES) == [("AD001", 11)]
    assert ("AD001", 1) in lines_by_rule("【范文】仅供学习 禁止外传\n" + SPEECH)
    assert lines_by_rule("以上范文仅供参考，请勿外传。\n" + SPEECH)[0] == ("AD001", 1)


def test_lines_of_an_attached_form_are_not_absorbed_by_the_ad_after_it():
    form = ("招聘公告\n各位考生：\n现将有关事项公告如下。\n附件2\n报名登记表\n姓名：＿＿＿＿　性别：＿＿＿＿\n"
            "执业资格：＿＿＿＿＿＿＿＿\n本人签名：＿＿＿＿＿＿　　年　　月　　日\n"
            "如需本文档完整版请联系QQ：2938475610\n")
    assert lines_by_rule(form) == [("AD001", 9)]


def test_a_page_number_is_not_part_of_the_ad_or_the_related_list_beside_it():
    # "— 1 —" copied into plain text is residue of its own (a Word footer's is not: see test_docx)
    speech = SPEECH + "相关推荐：年度述职报告范文　个人述职报告怎么写\n— 1 —\n"
    assert lines_by_rule(speech, select=["AD002"]) == [("AD002", 5), ("AD002", 6)]
    assert [line for _, line in lines_by_rule(SPEECH + "更多范文请关注公众号gwxz\n第 1 页\n")] == [5]


def test_editor_credit_of_a_news_page_is_metadata():
    text = SPEECH + "（此件主动公开）\n【责任编辑：李婷】\n"
    assert ("AD002", 6) in lines_by_rule(text)
    assert lines_by_rule("本书责任编辑为李婷同志，特此致谢。\n" + SPEECH) == []
    # in round brackets on a line of its own, as a news page prints it too
    assert ("AD002", 5) in lines_by_rule(SPEECH + "（责任编辑：小文）\n")
    assert lines_by_rule(SPEECH + "本期简报由县委办编印（责任编辑：小文）。\n") == []


def test_an_authors_pledge_on_an_entry_form_is_no_disclaimer():
    pledge = "原创承诺：本人承诺所投作品系本人原创，如有侵权，责任自负。\n"
    assert lines_by_rule(SPEECH + pledge) == []
    assert lines_by_rule(SPEECH + "本文来源于网络，如有侵权请联系删除。\n") == [("AD001", 5)]


def test_a_table_of_contents_lists_the_titles_below_it():
    text = ("# 工作简报\n\n**本期要目**\n\n- 县委常委会召开会议研究部署下半年重点工作\n- 全县三夏生产基本结束\n\n---\n\n"
            "## 县委常委会召开会议研究部署下半年重点工作\n\n6月24日，县委常委会召开会议。\n")
    assert lines_by_rule(text, path="brief.md") == []
    scraped = "县委常委会召开会议研究部署下半年重点工作\n县委常委会召开会议研究部署下半年重点工作\n6月24日，县委常委会召开会议。\n"
    assert ("AD004", 2) in lines_by_rule(scraped)


def test_cover_page_fields_and_a_copied_title():
    cover = ("非物质文化遗产保护专项资金项目申报书\n项目名称：青禾竹编技艺传承保护项目\n申报单位：青禾县文化馆\n"
             "项目负责人：张明\n职务/职称：馆长／副研究馆员\n联系电话：0736-6238120\n电子邮箱：qhwhg@126.com\n"
             "申报日期：2025年6月20日\n一、项目概况\n项目依托县文化馆开展竹编技艺保护工作。\n")
    assert lines_by_rule(cover) == []
    scraped = ("盘活资源促增收　强村富民谱新篇\n盘活资源促增收　强村富民谱新篇\n发布者：admin　浏览量：2376\n"
               "——桃源镇发展壮大村级集体经济经验交流材料\n近年来，我镇坚持党建引领，发展壮大村级集体经济。\n")
    assert 1 not in [line for _, line in lines_by_rule(scraped)]
    assert {line for _, line in lines_by_rule(scraped)} == {2, 3}


def test_a_tender_notice_lets_bidders_download_its_documents():
    text = SPEECH + "（二）获取方式：投标人登录市公共资源交易平台，免费下载招标文件及图纸。未下载招标文件的，投标将被拒绝。\n"
    assert lines_by_rule(text) == []
    assert lines_by_rule(SPEECH + "更多精品范文，免费下载！\n") == [("AD001", 5)]


def test_a_related_list_title_on_a_line_of_its_own():
    text = SPEECH + "\n相关推荐\n\n反诈宣传活动总结（通用10篇）\n防范电信网络诈骗主题班会教案\n"
    found_lines = set(lines_by_rule(text))
    assert {("AD002", 6), ("AD002", 9)} <= found_lines
    # a page title gathering several drafts is a leftover of its own as well
    assert ("AD002", 8) in found_lines or ("AD001", 8) in found_lines
    markdown = "# 讲话\n\n同志们：\n\n今天召开会议。\n\n## 相关推荐\n\n- 反诈宣传活动总结\n"
    assert ("AD002", 7) in lines_by_rule(markdown, path="a.md")


def test_related_titles_set_apart_by_wide_gaps_on_one_line():
    titles = "社区党建联席会议纪要范文（精选5篇）　　区域化党建共建协议书范本　　党建联席会议主持词"
    assert ("AD002", 7) in lines_by_rule(SPEECH + "\n相关推荐：\n" + titles + "\n")
    # a sentence after the list is no title of it
    sentence = "会议要求，各成员单位要按照分工抓好落实，确保各项共建项目按期完成并取得群众满意的实际效果"
    assert ("AD002", 7) not in lines_by_rule(SPEECH + "\n相关推荐：\n" + sentence + "\n")


def test_a_notices_own_contact_block_at_its_end():
    text = (SPEECH + "五、报名事项\n请各社区于10月24日前报送报名表。\n联系人：陈晓燕　　联系电话：0571-86512236\n"
            "电子邮箱：cdjdswb@163.com\n")
    assert lines_by_rule(text) == []
    # a second contact person aligned under the first
    two = text.replace("电子邮箱", "　　　　赵明辉　　联系电话：0571-86512237\n电子邮箱")
    assert lines_by_rule(two) == []
    # a seller's line after the block is still the site's
    assert ("AD001", 10) in lines_by_rule(two + "更多范文请访问www.fanwen365.com\n")
    # the block stays the notice's own with a seller's line right under it
    assert lines_by_rule(text + "本方案模板定制请联系QQ：2876543109\n") == [("AD001", 9)]


def test_a_rule_forbidding_gifts_is_no_sales_talk():
    rule = "9.严禁以各种名义违规使用公款购买、印制、邮寄、赠送贺年卡、明信片、年历等物品。\n"
    assert lines_by_rule(SPEECH + rule) == []
    assert ("AD001", 5) in lines_by_rule(SPEECH + "开通年卡会员立享八折，赠送精品范文。\n")


def test_a_proposals_submission_date_is_a_field():
    cover = ("关于加快推进既有住宅加装电梯工作的提案\n提案人：王　敏\n界　别：医药卫生界\n通讯地址：临江市滨河路188号\n"
             "联系电话：0579-82153026\n提交日期：2026年1月12日\n案由：\n既有住宅加装电梯是民生实事。\n")
    assert lines_by_rule(cover) == []
    assert ("AD002", 1) in lines_by_rule("发布时间：2026-01-12 08:30\n" + SPEECH)


@pytest.mark.parametrize("tag", ["【范文】", "[原创]", "【荐】"])
def test_a_sites_tag_before_the_title_goes_and_the_title_stays(tag):
    draft = tag + "2024年度个人述职报告\n\n今年以来，我认真履行职责，完成了各项任务。\n"
    assert found(draft) == [("AD001", 1, 1, 1, tag)]
    assert fixed(draft) == draft[len(tag):]


@pytest.mark.parametrize("line", ["【典型经验】某镇推行“四议两公开”工作法", "【精品课程】党史学习教育专题报告"])
def test_a_bracketed_label_of_the_drafts_own_is_no_sites_tag(line):
    assert found(line + "\n\n今年以来，我们认真履行职责，完成了各项任务。\n") == []


def test_a_reply_forms_deadline_is_not_absorbed_by_the_ads_below_it():
    text = ("关于召开商会年会的通知\n各会员单位：\n经研究，定于12月20日召开年会，请各单位认真做好准备。\n附件\n参会回执\n"
            "单位名称：＿＿＿＿＿＿\n参会人员：＿＿＿＿＿＿\n（请于2025年12月15日前反馈至商会秘书处）\n"
            "相关推荐：2025年商会年会通知范文（精选6篇）\n文秘代写、材料润色，微信：mishu_2025\n")
    assert 8 not in [line for _, line in lines_by_rule(text)]
    assert 9 in [line for _, line in lines_by_rule(text)]


def test_a_writing_services_order_line_joins_its_block():
    tail = "定制热线：138 2647 9051（同微信）\n官方网站：www.bifeng-gw.com\n承接：讲话稿、述职报告，48小时交稿，不满意免费修改。\n"
    assert ("AD001", 5) in lines_by_rule(SPEECH + tail)
    # a hotline of the draft's own stays
    assert lines_by_rule(SPEECH + "服务热线：0736-12345\n") == []


def test_a_notice_publishing_on_its_own_channels_is_no_pitch():
    line = "技术文件已在“青城人社”微信公众号和门户网站同步发布，可免费下载。"
    assert lines_by_rule(SPEECH.replace("谢谢大家！", line + "\n谢谢大家！")) == []
    pitch = "更多范文请关注“笔杆文苑”微信公众号，可免费下载。"
    assert lines_by_rule(SPEECH.replace("谢谢大家！", pitch + "\n谢谢大家！")) != []


@pytest.mark.parametrize("tail,kind", [
    ("点个在看，分享给更多人\n", "AD001"),
    ("预览时标签不可点\n", "AD001"),
    ("方案策划：如需定制周年庆方案请联系13876549021（微信同号）\n", "AD001"),
])
def test_wechat_page_residue_and_order_lines_at_the_end(tail, kind):
    assert (kind, 5) in lines_by_rule(SPEECH + tail)


def test_a_page_number_line_read_as_a_markdown_list_item():
    text = "# 述职报告\n\n今年以来，我认真履行职责，完成了各项任务。\n\n- 3 -\n\n下一步，我将继续努力。\n"
    assert ("AD002", 5) in lines_by_rule(text, path="a.md")
    assert lines_by_rule("# 述职报告\n\n- 3项任务全部完成\n- 2个项目开工\n", path="a.md") == []


def test_sharing_in_a_speech_is_no_call_to_action():
    line = "希望大家把今天学到的好经验带回去，分享给更多的同事，共同提高。"
    assert lines_by_rule(SPEECH.replace("谢谢大家！", line + "\n谢谢大家！")) == []


def test_a_bulletins_issue_line_headline_and_editors_are_its_own():
    head = ("桃林镇：“党建+网格”激活基层治理“一池春水”\n来源：云溪县人民政府网　　2024-05-06 10:21　　浏览次数：\n"
            "【字体：大 中 小】　　打印本页　　关闭窗口\n\n桃林镇工作信息\n第12期\n")
    body = "今年以来，桃林镇深化网格化管理，将全镇划分为14个综合网格。\n（本版编辑　胡明霞　校对　刘佳怡）\n"
    lines = [line for _, line in lines_by_rule(head + body)]
    assert 2 in lines and 3 in lines
    assert not {1, 5, 6, 8} & set(lines)


def test_a_policys_cover_gives_its_own_issue_date():
    cover = "深圳市迅联通信技术有限公司\n员工手册（2025年修订版）节选\n\n编制部门：人力资源中心\n发布日期：2025年7月1日\n文件编号：XL-HR-2025-003\n\n"
    body = "第一章　总则\n为规范员工管理，制定本手册。\n"
    assert lines_by_rule(cover + body) == []
    assert ("AD002", 1) in lines_by_rule("发布日期：2025-07-01 10:21\n" + body)


def test_an_offices_consulting_line_before_a_related_list():
    tail = "县征兵办咨询电话：0739-4221356\n相关推荐：征兵动员讲话稿精选5篇　乡镇征兵工作会议主持词\n"
    lines = lines_by_rule(SPEECH + tail)
    assert ("AD002", 6) in lines and 5 not in [line for _, line in lines]


def test_the_minutes_closing_lines_before_an_ad():
    text = ("柳溪村村民代表会议决议\n经与会代表表决，通过以下决议。\n会议记录人：王秋月\n会议主持人：黄建国\n"
            "更多范文请关注公众号“笔杆文苑”\n")
    assert lines_by_rule(text) == [("AD001", 5)]


def test_members_served_by_a_union_are_no_site_members():
    line = "推出工会会员普惠服务卡，联合县内86家商户为会员提供消费优惠，全年会员享受优惠服务5.2万人次。"
    assert lines_by_rule(SPEECH.replace("谢谢大家！", line + "\n谢谢大家！")) == []


def test_a_records_credits_at_its_end():
    text = ("谈心谈话记录\n谈话时间：2025年3月6日\n张卫东：整改措施很具体，关键在于落实。\n陈思雨：请书记放心，我一定按时完成。\n\n"
            "以上谈话记录经谈话双方确认无误。\n记录整理：陈思雨\n审核：张卫东\n")
    assert lines_by_rule(text) == []


def test_a_quoted_channel_of_the_organisers_own_is_no_site_credit():
    text = ("征集到的岗位信息经审核后，统一在区政府门户网站（www.jzqingyuan.gov.cn）“就业服务”专栏和"
            "“青苑就业”微信公众号发布，每周更新一次。")
    assert [f for f in found(text) if f[0] == "AD001"] == []
    assert [f[0] for f in found("要抓好落实。\n范文网整理发布")] == ["AD001"]
