//! Table-driven cases: phrases in the style of real reports (written for
//! these tests, not taken from any report) and what `extract` must find in
//! them: raw, value, unit, qualifier, subject and indicator, or nothing.
//!
//! A row is `phrase => [raw value unit approx subject indicator; …]`:
//! `subject` is a phrase the statistic's subject must contain ("" when any
//! subject will do, "-" when there must be none), `indicator` an id or "-"
//! for none. Only statistics written with Arabic digits are compared unless
//! the row lists Chinese-numeral ones too: the row must list every
//! statistic `extract` returns, in order.

use super::extract;
use crate::model::{Approx, Indicator};

#[derive(Debug)]
struct Want {
    raw: &'static str,
    value: f64,
    unit: &'static str,
    approx: Option<Approx>,
    subject: &'static str,
    indicator: &'static str,
}

const N: Option<Approx> = None;
const MORE: Option<Approx> = Some(Approx::MoreThan);
const LESS: Option<Approx> = Some(Approx::LessThan);
const ABOUT: Option<Approx> = Some(Approx::About);

const fn w(
    raw: &'static str,
    value: f64,
    unit: &'static str,
    approx: Option<Approx>,
    subject: &'static str,
    indicator: &'static str,
) -> Want {
    Want {
        raw,
        value,
        unit,
        approx,
        subject,
        indicator,
    }
}

/// The cases: (phrase, every statistic it states).
fn cases() -> Vec<(&'static str, Vec<Want>)> {
    vec![
        // Spaces between number, 余/多, 万/亿 and unit (text from PDFs).
        (
            "办理 1.3 万件,提供法律咨询 240 余人次,挽回经济损失 27.4 万元。",
            vec![
                w("1.3 万件", 13000.0, "件", N, "", "-"),
                w(
                    "240 余人次",
                    240.0,
                    "人次",
                    MORE,
                    "法律咨询",
                    "legal_consultations",
                ),
                w("27.4 万元", 274000.0, "元", N, "经济损失", "-"),
            ],
        ),
        (
            "满意 25 票,基本满意 3 票。",
            vec![
                w("25 票", 25.0, "票", N, "满意", "-"),
                w("3 票", 3.0, "票", N, "基本满意", "-"),
            ],
        ),
        // Compound and physical units; 千 of 千瓦 is no multiplier.
        (
            "全社会用电量4455亿千瓦小时,新增装机5000万千瓦,货物周转量3617亿吨公里。",
            vec![
                w("4455亿千瓦小时", 4.455e11, "千瓦时", N, "全社会用电量", "-"),
                w("5000万千瓦", 5.0e7, "千瓦", N, "装机", "-"),
                w("3617亿吨公里", 3.617e11, "吨公里", N, "货物周转量", "-"),
            ],
        ),
        (
            "最大流量1200立方米/秒,每万人拥有律师3.5人/万人。",
            vec![
                w("1200立方米/秒", 1200.0, "立方米/秒", N, "最大流量", "-"),
                w("3.5人/万人", 3.5, "人/万人", N, "", "-"),
            ],
        ),
        // Places written after 万/亿: 1万600, 100万三千.
        (
            "惠及群众1万600人,投入资金100万三千元。",
            vec![
                w("1万600人", 10600.0, "人", N, "", "-"),
                w("100万三千元", 1003000.0, "元", N, "资金", "-"),
            ],
        ),
        // A subject never starts with a verb of doing when a noun follows
        // the number.
        (
            "省政府举办2期专题法治讲座。",
            vec![w("2期", 2.0, "期", N, "专题法治讲座", "publicity_events")],
        ),
        (
            "部党组先后召开6次部党组会。",
            vec![w("6次", 6.0, "次", N, "部党组会", "-")],
        ),
        (
            "使用1000亿元失业保险基金。",
            vec![w("1000亿元", 1.0e11, "元", N, "失业保险基金", "-")],
        ),
        (
            "组织区直20家职能部门对全区权责清单进行重新梳理。",
            vec![w("20家", 20.0, "家", N, "职能部门", "-")],
        ),
        (
            "城镇居民人均可支配收入6280元,增长10.4%。",
            vec![
                w("6280元", 6280.0, "元", N, "人均可支配收入", "-"),
                w("10.4%", 10.4, "%", N, "人均可支配收入", "-"),
            ],
        ),
        // Ordinals in every form are not counts.
        ("学习中央全面依法治国委员会第一、二次会议精神。", vec![]),
        ("第3、4批试点单位。", vec![]),
        ("第二、三季度完成。", vec![]),
        (
            "截至目前,政务公开信息315条。",
            vec![w(
                "315条",
                315.0,
                "条",
                N,
                "政务公开信息",
                "info_disclosures",
            )],
        ),
        (
            "全年主动公开政府信息1260条,依申请公开12件。",
            vec![
                w("1260条", 1260.0, "条", N, "政府信息", "info_disclosures"),
                w("12件", 12.0, "件", N, "依申请公开", "-"),
            ],
        ),
        (
            "本年度共召开区政府常务会议18次。",
            vec![w("18次", 18.0, "次", N, "常务会议", "-")],
        ),
        (
            "镇党委理论学习中心组开展集体学法6次。",
            vec![w("6次", 6.0, "次", N, "集体学法", "study_sessions")],
        ),
        (
            "组织领导干部专题学习宪法和民法典3次。",
            vec![w("3次", 3.0, "次", N, "专题学习", "study_sessions")],
        ),
        (
            "举办领导干部法治专题讲座2次。",
            vec![w("2次", 2.0, "次", N, "法治专题讲座", "study_sessions")],
        ),
        (
            "开展会前学法11次,覆盖全体班子成员。",
            vec![w("11次", 11.0, "次", N, "会前学法", "study_sessions")],
        ),
        (
            "组织召开各类协调会议20余次。",
            vec![w("20余次", 20.0, "次", MORE, "协调会议", "-")],
        ),
        (
            "共开展普法宣传活动86场,发放宣传资料1.2万份。",
            vec![
                w("86场", 86.0, "场", N, "普法宣传活动", "publicity_events"),
                w(
                    "1.2万份",
                    12000.0,
                    "份",
                    N,
                    "宣传资料",
                    "publicity_materials",
                ),
            ],
        ),
        (
            "举办法律讲座15场,送法进企业9场次。",
            vec![
                w("15场", 15.0, "场", N, "法律讲座", "publicity_events"),
                w("9场次", 9.0, "场次", N, "送法进企业", "publicity_events"),
            ],
        ),
        (
            "开展法治宣传活动40余场,受众3000余人次。",
            vec![
                w(
                    "40余场",
                    40.0,
                    "场",
                    MORE,
                    "法治宣传活动",
                    "publicity_events",
                ),
                w("3000余人次", 3000.0, "人次", MORE, "受众", "-"),
            ],
        ),
        (
            "向群众发放普法手册600本、法治宣传折页2000余张。",
            vec![
                w("600本", 600.0, "本", N, "普法手册", "publicity_materials"),
                w(
                    "2000余张",
                    2000.0,
                    "张",
                    MORE,
                    "宣传折页",
                    "publicity_materials",
                ),
            ],
        ),
        (
            "印制招商政策手册500本。",
            vec![w("500本", 500.0, "本", N, "招商政策手册", "-")],
        ),
        (
            "共调处各类矛盾纠纷412宗,调处成功398宗,调处成功率96.6%。",
            vec![
                w("412宗", 412.0, "宗", N, "矛盾纠纷", "disputes_mediated"),
                w("398宗", 398.0, "宗", N, "调处成功", "-"),
                w(
                    "96.6%",
                    96.6,
                    "%",
                    N,
                    "调处成功率",
                    "mediation_success_rate",
                ),
            ],
        ),
        (
            "人民调解组织共受理人民调解案件230件。",
            vec![w(
                "230件",
                230.0,
                "件",
                N,
                "人民调解案件",
                "disputes_mediated",
            )],
        ),
        (
            "排查发现矛盾纠纷15件,化解率100%。",
            vec![
                w("15件", 15.0, "件", N, "矛盾纠纷", "-"),
                w("100%", 100.0, "%", N, "化解率", "mediation_success_rate"),
            ],
        ),
        (
            "其中婚姻家庭纠纷12件,邻里纠纷8件。",
            vec![
                w("12件", 12.0, "件", N, "婚姻家庭纠纷", "-"),
                w("8件", 8.0, "件", N, "邻里纠纷", "-"),
            ],
        ),
        (
            "全年受理行政复议申请56件,审结49件。",
            vec![
                w(
                    "56件",
                    56.0,
                    "件",
                    N,
                    "行政复议申请",
                    "admin_reconsideration_cases",
                ),
                w("49件", 49.0, "件", N, "审结", "-"),
            ],
        ),
        (
            "复议纠错3件,纠错率5.4%。",
            vec![
                w(
                    "3件",
                    3.0,
                    "件",
                    N,
                    "复议纠错",
                    "admin_reconsideration_corrected",
                ),
                w("5.4%", 5.4, "%", N, "纠错率", "-"),
            ],
        ),
        (
            "办理行政诉讼案件31件,败诉2件,败诉率6.5%。",
            vec![
                w(
                    "31件",
                    31.0,
                    "件",
                    N,
                    "行政诉讼案件",
                    "admin_litigation_cases",
                ),
                w("2件", 2.0, "件", N, "败诉", "admin_litigation_lost"),
                w("6.5%", 6.5, "%", N, "败诉率", "admin_litigation_loss_rate"),
            ],
        ),
        (
            "行政机关负责人出庭应诉率达100%。",
            vec![w(
                "100%",
                100.0,
                "%",
                N,
                "负责人出庭应诉率",
                "leader_court_appearance_rate",
            )],
        ),
        (
            "行政应诉案件发案量同比下降12%。",
            vec![w("12%", 12.0, "%", N, "行政应诉案件发案量", "-")],
        ),
        (
            "受理来信来访68件,办结率98.5%。",
            vec![
                w("68件", 68.0, "件", N, "来信来访", "petitions"),
                w("98.5%", 98.5, "%", N, "办结率", "-"),
            ],
        ),
        (
            "受理12345政府服务热线工单5231件,按时办结率99.2%。",
            vec![
                w(
                    "5231件",
                    5231.0,
                    "件",
                    N,
                    "政府服务热线工单",
                    "hotline_cases",
                ),
                w("99.2%", 99.2, "%", N, "按时办结率", "-"),
            ],
        ),
        (
            "聘请8名律师担任政府法律顾问。",
            vec![w("8名", 8.0, "名", N, "律师", "legal_advisers")],
        ),
        (
            "全镇26个村(社区)均已聘请法律顾问。",
            vec![w("26个", 26.0, "个", N, "村(社区)", "-")],
        ),
        (
            "现有人民调解员152名,其中专职人民调解员6名。",
            vec![
                w("152名", 152.0, "名", N, "人民调解员", "mediators"),
                w("6名", 6.0, "名", N, "专职人民调解员", "mediators"),
            ],
        ),
        (
            "办理法律援助案件74件,挽回经济损失120余万元。",
            vec![
                w("74件", 74.0, "件", N, "法律援助案件", "legal_aid_cases"),
                w("120余万元", 1200000.0, "元", MORE, "经济损失", "-"),
            ],
        ),
        (
            "接待法律咨询860人次,解答法律咨询312件。",
            vec![
                w(
                    "860人次",
                    860.0,
                    "人次",
                    N,
                    "法律咨询",
                    "legal_consultations",
                ),
                w("312件", 312.0, "件", N, "法律咨询", "legal_consultations"),
            ],
        ),
        (
            "培养法律明白人245名。",
            vec![w("245名", 245.0, "名", N, "法律明白人", "legal_literates")],
        ),
        (
            "每个村培养“法律明白人”不少于3名。",
            vec![w("3名", 3.0, "名", MORE, "每个村培养", "legal_literates")],
        ),
        (
            "对重大行政决策开展合法性审查27件。",
            vec![w("27件", 27.0, "件", N, "合法性审查", "legality_reviews")],
        ),
        (
            "审核各类文件合同46份。",
            vec![w("46份", 46.0, "份", N, "文件合同", "legality_reviews")],
        ),
        (
            "新制定规范性文件4件,清理规范性文件35件。",
            vec![
                w("4件", 4.0, "件", N, "规范性文件", "normative_documents"),
                w("35件", 35.0, "件", N, "规范性文件", "normative_documents"),
            ],
        ),
        (
            "全区持有行政执法证件人员1268人。",
            vec![w(
                "1268人",
                1268.0,
                "人",
                N,
                "行政执法证件人员",
                "law_enforcement_officers",
            )],
        ),
        (
            "现有在编执法人员86名。",
            vec![w(
                "86名",
                86.0,
                "名",
                N,
                "在编执法人员",
                "law_enforcement_officers",
            )],
        ),
        (
            "组织312人参加行政执法人员网上考试,合格率100%。",
            vec![
                w(
                    "312人",
                    312.0,
                    "人",
                    N,
                    "行政执法人员网上考试",
                    "law_exam_participants",
                ),
                w("100%", 100.0, "%", N, "合格率", "-"),
            ],
        ),
        (
            "共查处各类行政处罚案件153件,罚没款47.6万元。",
            vec![
                w(
                    "153件",
                    153.0,
                    "件",
                    N,
                    "行政处罚案件",
                    "admin_penalty_cases",
                ),
                w("47.6万元", 476000.0, "元", N, "罚没款", "penalty_amount"),
            ],
        ),
        (
            "立案查处违法案件21宗。",
            vec![w("21宗", 21.0, "宗", N, "违法案件", "admin_penalty_cases")],
        ),
        (
            "处以罚款2.35万元。",
            vec![w("2.35万元", 23500.0, "元", N, "罚款", "penalty_amount")],
        ),
        (
            "梳理公布权责清单事项3126项。",
            vec![w(
                "3126项",
                3126.0,
                "项",
                N,
                "权责清单事项",
                "service_items",
            )],
        ),
        (
            "区级保留政务服务事项1022项,取消政务服务事项12项。",
            vec![
                w("1022项", 1022.0, "项", N, "政务服务事项", "service_items"),
                w("12项", 12.0, "项", N, "取消政务服务事项", "-"),
            ],
        ),
        (
            "优化设置8个内设机构。",
            vec![w("8个", 8.0, "个", N, "内设机构", "-")],
        ),
        (
            "事权下放涉及12个部门。",
            vec![w("12个", 12.0, "个", N, "部门", "-")],
        ),
        (
            "组建56人的综合执法队伍。",
            vec![w(
                "56人",
                56.0,
                "人",
                N,
                "综合执法队伍",
                "law_enforcement_officers",
            )],
        ),
        (
            "为430余家企业办理相关手续。",
            vec![w("430余家", 430.0, "家", MORE, "企业", "-")],
        ),
        (
            "建成3个公共法律服务工作站。",
            vec![w("3个", 3.0, "个", N, "公共法律服务工作站", "-")],
        ),
        (
            "全县18个乡镇全部设立司法所。",
            vec![w("18个", 18.0, "个", N, "乡镇", "-")],
        ),
        (
            "新增5支专业巡防队伍。",
            vec![w("5支", 5.0, "支", N, "专业巡防队伍", "-")],
        ),
        (
            "配备2名干部专门负责此项工作。",
            vec![w("2名", 2.0, "名", N, "干部", "-")],
        ),
        (
            "邀请4名专家学者授课。",
            vec![w("4名", 4.0, "名", N, "专家学者", "-")],
        ),
        (
            "提出了37项具体措施。",
            vec![w("37项", 37.0, "项", N, "具体措施", "-")],
        ),
        (
            "梳理形成6个方面24项重点任务。",
            vec![
                w("6个", 6.0, "个", N, "方面", "-"),
                w("24项", 24.0, "项", N, "重点任务", "-"),
            ],
        ),
        (
            "《致全区居民一封信》8000余份下发到各村。",
            vec![w("8000余份", 8000.0, "份", MORE, "致全区居民一封信", "-")],
        ),
        (
            "仅有4台执法车辆,其中1辆即将报废。",
            vec![
                w("4台", 4.0, "台", N, "执法车辆", "-"),
                w("1辆", 1.0, "辆", N, "报废", "-"),
            ],
        ),
        (
            "拆除违法建筑32宗约4500平方米。",
            vec![
                w("32宗", 32.0, "宗", N, "违法建筑", "-"),
                w("4500平方米", 4500.0, "平方米", ABOUT, "违法建筑", "-"),
            ],
        ),
        (
            "信访总量同比下降15.2%,连续3个月持续下降。",
            vec![
                w("15.2%", 15.2, "%", N, "信访总量", "-"),
                w("3个月", 3.0, "个月", N, "-", "-"),
            ],
        ),
        (
            "空气优良率为86.4%,同比提升2.1个百分点。",
            vec![
                w("86.4%", 86.4, "%", N, "空气优良率", "-"),
                w("2.1个百分点", 2.1, "个百分点", N, "空气优良率", "-"),
            ],
        ),
        (
            "全年接待群众22万人次。",
            vec![w("22万人次", 220000.0, "人次", N, "接待群众", "-")],
        ),
        (
            "累计投入资金3250.1万元。",
            vec![w("3250.1万元", 32501000.0, "元", N, "投入资金", "-")],
        ),
        (
            "清偿拖欠企业账款1.18万元。",
            vec![w("1.18万元", 11800.0, "元", N, "拖欠企业账款", "-")],
        ),
        (
            "综治平台累计积分超1.1万分。",
            vec![w("1.1万分", 11000.0, "分", MORE, "综治平台累计积分", "-")],
        ),
        (
            "共动用近8000人次开展排查。",
            vec![w("8000人次", 8000.0, "人次", LESS, "动用", "-")],
        ),
        (
            "共有党员290多名。",
            vec![w("290多名", 290.0, "名", MORE, "党员", "-")],
        ),
        (
            "整理归档卷宗27.5万余宗。",
            vec![w("27.5万余宗", 275000.0, "宗", MORE, "卷宗", "-")],
        ),
        (
            "挽回群众经济损失40余万元。",
            vec![w("40余万元", 400000.0, "元", MORE, "经济损失", "-")],
        ),
        (
            "罚没金额0.5万余元。",
            vec![w(
                "0.5万余元",
                5000.0,
                "元",
                MORE,
                "罚没金额",
                "penalty_amount",
            )],
        ),
        (
            "项目总投资约2.6亿元。",
            vec![w("2.6亿元", 260000000.0, "元", ABOUT, "项目总投资", "-")],
        ),
        (
            "惠及群众逾20万人。",
            vec![w("20万人", 200000.0, "人", MORE, "惠及群众", "-")],
        ),
        (
            "执法人员持证比例达98%以上。",
            vec![w("98%", 98.0, "%", MORE, "执法人员持证比例", "-")],
        ),
        (
            "办理时间压缩至5个工作日以内。",
            vec![w("5个工作日", 5.0, "个工作日", LESS, "时间压缩", "-")],
        ),
        (
            "平均办理时限缩短50%左右。",
            vec![w("50%", 50.0, "%", ABOUT, "时限缩短", "-")],
        ),
        (
            "不足10%的事项需要现场办理。",
            vec![w("10%", 10.0, "%", LESS, "事项", "-")],
        ),
        (
            "累计受理申请3,126件。",
            vec![w("3,126件", 3126.0, "件", N, "受理申请", "-")],
        ),
        (
            "发放补贴资金1,234,567元。",
            vec![w("1,234,567元", 1234567.0, "元", N, "补贴资金", "-")],
        ),
        (
            "全区GDP增长6.5%。",
            vec![w("6.5%", 6.5, "%", N, "GDP", "-")],
        ),
        (
            "群众满意度提高4.4个百分点。",
            vec![w("4.4个百分点", 4.4, "个百分点", N, "群众满意度", "-")],
        ),
        (
            "审批时限压减1213个工作日。",
            vec![w("1213个工作日", 1213.0, "个工作日", N, "审批时限", "-")],
        ),
        (
            "专班奋战8个月。",
            vec![w("8个月", 8.0, "个月", N, "专班奋战", "-")],
        ),
        (
            "窗口延时服务2个小时。",
            vec![w("2个小时", 2.0, "个小时", N, "窗口延时服务", "-")],
        ),
        (
            "PM2.5平均浓度为30微克/立方米。",
            vec![w("30微克/立方米", 30.0, "微克/立方米", N, "平均浓度", "-")],
        ),
        (
            "清理违建面积5216平方米。",
            vec![w("5216平方米", 5216.0, "平方米", N, "违建面积", "-")],
        ),
        (
            "新建法治文化广场2处,法治长廊3条。",
            vec![
                w("2处", 2.0, "处", N, "法治文化广场", "-"),
                w("3条", 3.0, "条", N, "法治长廊", "-"),
            ],
        ),
        (
            "走访市场主体9639户。",
            vec![w("9639户", 9639.0, "户", N, "市场主体", "-")],
        ),
        (
            "整治企业8家、出租屋370间。",
            vec![
                w("8家", 8.0, "家", N, "整治企业", "-"),
                w("370间", 370.0, "间", N, "出租屋", "-"),
            ],
        ),
        (
            "刑事拘留24人,移送起诉13人。",
            vec![
                w("24人", 24.0, "人", N, "刑事拘留", "-"),
                w("13人", 13.0, "人", N, "移送起诉", "-"),
            ],
        ),
        (
            "办理业务1.2万期。",
            vec![w("1.2万期", 12000.0, "期", N, "办理业务", "-")],
        ),
        (
            "推行5种服务方式。",
            vec![w("5种", 5.0, "种", N, "服务方式", "-")],
        ),
        (
            "共推出168項改革任務。",
            vec![w("168項", 168.0, "项", N, "改革任務", "-")],
        ),
        (
            "保留5支行政執法隊伍。",
            vec![w("5支", 5.0, "支", N, "行政執法隊伍", "-")],
        ),
        (
            "現有執法人員120名。",
            vec![w(
                "120名",
                120.0,
                "名",
                N,
                "執法人員",
                "law_enforcement_officers",
            )],
        ),
        (
            "全年辦理法律援助案件35件。",
            vec![w("35件", 35.0, "件", N, "法律援助案件", "legal_aid_cases")],
        ),
        (
            "办理１２件群众来信。",
            vec![w("１２件", 12.0, "件", N, "群众来信", "petitions")],
        ),
        (
            "化解率达９２％。",
            vec![w(
                "９２％",
                92.0,
                "%",
                N,
                "化解率",
                "mediation_success_rate",
            )],
        ),
        (
            "购置执法记录仪12台。",
            vec![w("12台", 12.0, "台", N, "执法记录仪", "-")],
        ),
        (
            "组织召开专题会议十余次。",
            vec![w("十余次", 10.0, "次", MORE, "专题会议", "-")],
        ),
        (
            "开展巡回宣讲两场。",
            vec![w("两场", 2.0, "场", N, "巡回宣讲", "-")],
        ),
        (
            "培训网格员一百二十人。",
            vec![w("一百二十人", 120.0, "人", N, "网格员", "-")],
        ),
        (
            "共建成三十五个调解室。",
            vec![w("三十五个", 35.0, "个", N, "调解室", "-")],
        ),
        ("排查风险隐患二十余处。", vec![]),
        ("召开区委十二届三次、四次全会。", vec![]),
        ("启明里历史街区二期改造工程。", vec![]),
        ("严格落实行政执法三项制度。", vec![]),
        (
            "全年罚没款十二万元。",
            vec![w("十二万元", 120000.0, "元", N, "罚没款", "penalty_amount")],
        ),
        (
            "合格率达百分之九十五。",
            vec![w("百分之九十五", 95.0, "%", N, "合格率", "-")],
        ),
        (
            "参考率达到百分之百。",
            vec![w("百分之百", 100.0, "%", N, "参考率", "-")],
        ),
        (
            "达标率百分之98。",
            vec![w("百分之98", 98.0, "%", N, "达标率", "-")],
        ),
        (
            "每周开展巡查3-5次。",
            vec![w("3-5次", 4.0, "次", ABOUT, "每周开展巡查", "-")],
        ),
        (
            "每次培训20至30人。",
            vec![w("20至30人", 25.0, "人", ABOUT, "每次培训", "-")],
        ),
        (
            "全年共收到行政复议申请45件。",
            vec![w(
                "45件",
                45.0,
                "件",
                N,
                "行政复议申请",
                "admin_reconsideration_cases",
            )],
        ),
        (
            "新收行政诉讼案件23件。",
            vec![w(
                "23件",
                23.0,
                "件",
                N,
                "行政诉讼案件",
                "admin_litigation_cases",
            )],
        ),
        (
            "行政机关负责人出庭应诉46件次,出庭率100%。",
            vec![
                w("46件次", 46.0, "件次", N, "负责人出庭应诉", "-"),
                w(
                    "100%",
                    100.0,
                    "%",
                    N,
                    "出庭率",
                    "leader_court_appearance_rate",
                ),
            ],
        ),
        (
            "法律顾问审查各类合同56份。",
            vec![w(
                "56份",
                56.0,
                "份",
                N,
                "法律顾问审查各类合同",
                "legality_reviews",
            )],
        ),
        (
            "为村(社区)配备法律顾问78名。",
            vec![w("78名", 78.0, "名", N, "法律顾问", "legal_advisers")],
        ),
        (
            "开展“法律进社区”活动25场。",
            vec![w("25场", 25.0, "场", N, "活动", "publicity_events")],
        ),
        (
            "办理12345热线诉求1.2万件。",
            vec![w("1.2万件", 12000.0, "件", N, "热线诉求", "hotline_cases")],
        ),
        (
            "受理群众信访事项156件。",
            vec![w("156件", 156.0, "件", N, "信访事项", "petitions")],
        ),
        (
            "人民调解员队伍达到520人。",
            vec![w("520人", 520.0, "人", N, "人民调解员队伍", "mediators")],
        ),
        (
            "法律援助中心受理案件210件。",
            vec![w(
                "210件",
                210.0,
                "件",
                N,
                "法律援助中心受理案件",
                "legal_aid_cases",
            )],
        ),
        (
            "提供法律咨询服务1500余人次。",
            vec![w(
                "1500余人次",
                1500.0,
                "人次",
                MORE,
                "法律咨询服务",
                "legal_consultations",
            )],
        ),
        (
            "审查备案规范性文件12件。",
            vec![w(
                "12件",
                12.0,
                "件",
                N,
                "规范性文件",
                "normative_documents",
            )],
        ),
        (
            "开展执法检查260次。",
            vec![w("260次", 260.0, "次", N, "执法检查", "-")],
        ),
        (
            "作出行政处罚决定89件,罚款金额达35.6万元。",
            vec![
                w("89件", 89.0, "件", N, "行政处罚决定", "admin_penalty_cases"),
                w("35.6万元", 356000.0, "元", N, "罚款金额", "penalty_amount"),
            ],
        ),
        (
            "公开政府信息2300余条。",
            vec![w(
                "2300余条",
                2300.0,
                "条",
                MORE,
                "政府信息",
                "info_disclosures",
            )],
        ),
        (
            "举办领导干部学法讲座4期。",
            vec![w("4期", 4.0, "期", N, "领导干部学法讲座", "study_sessions")],
        ),
        (
            "发放《民法典》宣传手册3000册。",
            vec![w(
                "3000册",
                3000.0,
                "册",
                N,
                "宣传手册",
                "publicity_materials",
            )],
        ),
        (
            "组织120名干部参加学法考试。",
            vec![w("120名", 120.0, "名", N, "干部", "law_exam_participants")],
        ),
        (
            "全区政务服务事项网上可办率达99%。",
            vec![w("99%", 99.0, "%", N, "网上可办率", "-")],
        ),
        (
            "95%的矛盾纠纷在村(社区)化解。",
            vec![w("95%", 95.0, "%", N, "矛盾纠纷", "-")],
        ),
        (
            "累计化解矛盾纠纷1.3万件,调解成功率98%以上。",
            vec![
                w("1.3万件", 13000.0, "件", N, "矛盾纠纷", "disputes_mediated"),
                w(
                    "98%",
                    98.0,
                    "%",
                    MORE,
                    "调解成功率",
                    "mediation_success_rate",
                ),
            ],
        ),
        (
            "信访事项化解率达96%。",
            vec![w("96%", 96.0, "%", N, "信访事项化解率", "-")],
        ),
        (
            "对12名执法人员进行问责。",
            vec![w("12名", 12.0, "名", N, "执法人员", "-")],
        ),
        (
            "公安机关立案侦查刑事案件35起。",
            vec![w("35起", 35.0, "起", N, "立案侦查刑事案件", "-")],
        ),
        (
            "组织学法用法考试1230人。",
            vec![w(
                "1230人",
                1230.0,
                "人",
                N,
                "学法用法考试",
                "law_exam_participants",
            )],
        ),
        (
            "全市6个重点湖库水质达标率保持100%。",
            vec![
                w("6个", 6.0, "个", N, "重点湖库", "-"),
                w("100%", 100.0, "%", N, "水质达标率", "-"),
            ],
        ),
        (
            "把48项评价指标压缩为20项。",
            vec![
                w("48项", 48.0, "项", N, "评价指标", "-"),
                w("20项", 20.0, "项", N, "评价指标", "-"),
            ],
        ),
        ("2023年,我局认真贯彻落实法治政府建设要求。", vec![]),
        ("本报告于2024年3月28日印发。", vec![]),
        ("于今年5月正式投入使用。", vec![]),
        ("截至11月底。", vec![]),
        ("《法治政府建设实施纲要(2021-2025年)》全面实施。", vec![]),
        ("深入实施“八五”普法规划。", vec![]),
        ("推进“1+3+N”网格治理模式。", vec![]),
        ("打造“136”工作法。", vec![]),
        ("开展6·26国际禁毒日宣传。", vec![]),
        ("围绕“3.15”消费者权益日开展活动。", vec![]),
        ("实施831工程,完善885文化报表。", vec![]),
        ("落实十四五规划和八五普法规划。", vec![]),
        ("依据厅字〔2019〕28号文件精神。", vec![]),
        ("按照淄办发〔2017〕47号文件要求。", vec![]),
        ("执行市县区2021版权责清单。", vec![]),
        ("PM2.5浓度持续下降。", vec![]),
        ("断面水质达到Ⅲ类标准。", vec![]),
        ("第一批事项已下放,第3次会议审议通过,位列第10名。", vec![]),
        ("召开第25次党工委会议。", vec![]),
        ("畅通12345政务服务便民热线。", vec![]),
        ("浏览次数:84178", vec![]),
        ("召开会议*次,办理案件x件。", vec![]),
        ("申请材料525", vec![]),
        ("选聘调解员210推动工作。", vec![]),
        ("严格落实2人执法规定。", vec![]),
        ("连续2年获评先进单位。", vec![]),
        ("二十届三中全会精神。", vec![]),
        ("落实“两个确立”,增强“四个意识”。", vec![]),
        ("推行一站式服务,实现一网通办。", vec![]),
        ("建立一村一法律顾问制度。", vec![]),
        ("发挥三重一大决策机制作用。", vec![]),
        ("落实7×24小时值班制度。", vec![]),
        ("开通5G基站。", vec![]),
    ]
}

/// Chinese-numeral statistics are only compared when the row lists them.
fn digits(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

#[test]
fn table_of_cases() {
    let cases = cases();
    let rows: usize = cases.iter().map(|(_, w)| w.len().max(1)).sum();
    assert!(rows >= 150, "only {rows} rows");
    let mut failures = Vec::new();
    for (phrase, wants) in &cases {
        let lists_chinese = wants.iter().any(|w| !digits(w.raw));
        let got: Vec<_> = extract(phrase)
            .into_iter()
            .filter(|s| lists_chinese || digits(&s.raw))
            .collect();
        if got.len() != wants.len() {
            failures.push(format!(
                "{phrase}: want {:?}, got {:?}",
                wants.iter().map(|w| w.raw).collect::<Vec<_>>(),
                got.iter().map(|s| s.raw.as_str()).collect::<Vec<_>>()
            ));
            continue;
        }
        for (s, w) in got.iter().zip(wants) {
            let subject_ok = match w.subject {
                "" => true,
                "-" => s.subject.is_none(),
                want => s.subject.as_deref().is_some_and(|g| g.contains(want)),
            };
            let indicator = s.indicator.map(Indicator::id).unwrap_or("-");
            let ok = s.raw == w.raw
                && (s.value - w.value).abs() < 1e-6 * w.value.abs().max(1.0)
                && s.unit == w.unit
                && s.approx == w.approx
                && subject_ok
                && indicator == w.indicator;
            if !ok {
                failures.push(format!(
                    "{phrase}: want {} {} {} {:?} [{}] {}, got {} {} {} {:?} {:?} {}",
                    w.raw,
                    w.value,
                    w.unit,
                    w.approx,
                    w.subject,
                    w.indicator,
                    s.raw,
                    s.value,
                    s.unit,
                    s.approx,
                    s.subject,
                    indicator
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[cfg(test)]
mod behaviour {
    use super::super::extract;
    use crate::model::Approx;

    #[test]
    fn spans_are_characters_of_the_text_and_slice_back_to_raw() {
        let text = "一、工作情况\n截至目前,政务公开信息208条。\n全年调处纠纷235宗,化解率92%。\n";
        let stats = extract(text);
        assert_eq!(stats.len(), 3);
        for s in &stats {
            assert_eq!(s.span.slice(text), Some(s.raw.as_str()));
            assert!(s.section.is_empty());
        }
    }

    #[test]
    fn sentence_and_period_are_filled() {
        let stats =
            extract("前文。截止11月,行政应诉案件2宗,行政检查案件5宗;全年开展普法活动12场。");
        assert_eq!(
            stats[0].sentence,
            "截止11月,行政应诉案件2宗,行政检查案件5宗;"
        );
        assert_eq!(stats[0].period.as_deref(), Some("截止11月"));
        assert_eq!(stats[1].period.as_deref(), Some("截止11月"));
        assert_eq!(stats[2].period.as_deref(), Some("全年"));
        assert_eq!(stats[2].sentence, "全年开展普法活动12场。");
        let stats = extract("1-12月共审查行政合同228件。");
        assert_eq!(stats[0].period.as_deref(), Some("1-12月"));
        let stats = extract("截至目前,共有法律明白人113名。");
        assert_eq!(stats[0].period.as_deref(), Some("截至目前"));
        assert_eq!(extract("共有法律明白人113名。")[0].period, None);
    }

    #[test]
    fn parts_point_at_their_total() {
        let stats = extract(
            "共审查文件515项,其中规范性文件218项、其他文件297项,办结率100%。全年办理案件30件,包括复议案件12件。",
        );
        let raws: Vec<&str> = stats.iter().map(|s| s.raw.as_str()).collect();
        assert_eq!(raws, ["515项", "218项", "297项", "100%", "30件", "12件"]);
        let parts: Vec<Option<usize>> = stats.iter().map(|s| s.part_of).collect();
        assert_eq!(parts, [None, Some(0), Some(0), None, None, Some(4)]);
        // Without a marker, or in another sentence, no total.
        let stats = extract("受理案件30件,审结28件。其他12件。");
        assert!(stats.iter().all(|s| s.part_of.is_none()));
        // A part larger than the total is no part of it.
        let stats = extract("办理10件,其中涉及群众200人。");
        assert_eq!(stats[1].part_of, None);
    }

    #[test]
    fn a_period_comes_from_its_own_clause() {
        let stats = extract("全年召开会议4次,发放资料500份。");
        assert_eq!(stats[0].period.as_deref(), Some("全年"));
        assert_eq!(stats[1].period, None);
        let stats = extract("2023年共办理案件12件,受理申请5件。");
        assert_eq!(stats[0].period.as_deref(), Some("2023年"));
        assert_eq!(stats[1].period, None);
    }

    #[test]
    fn hard_wrapped_lines_are_read_across_the_break() {
        let text = "前言\n共办理案件1.3\n万件,化解矛盾纠\n纷235宗。";
        let mut out = Vec::new();
        super::super::statistics_of_line(text, 0, &mut out, &mut super::super::Work::default());
        let raws: Vec<&str> = out.iter().map(|s| s.raw.as_str()).collect();
        assert_eq!(raws, ["1.3\n万件", "235宗"]);
        for s in &out {
            assert_eq!(&text[s.span.start..s.span.end], s.raw);
        }
        assert_eq!(out[1].subject.as_deref(), Some("矛盾纠纷"));
    }

    #[test]
    fn numerals_are_read_right_or_not_at_all() {
        for (text, value) in [
            ("全年共有两千六人参加培训。", Some(2600.0)),
            ("全年共有三万五人参加培训。", Some(35000.0)),
            (
                "全年共有一千一百一十一万一千一百一十一人参加培训。",
                Some(11111111.0),
            ),
            (
                "全年共有一千零一亿一千零一万一千零一人参加培训。",
                Some(100110011001.0),
            ),
            ("全年共有壹佰壹拾壹人参加培训。", Some(111.0)),
            ("全年共有十一点五人参加培训。", Some(11.5)),
            ("全年共有一万亿万亿人参加培训。", None),
            ("全年共有五六人参加培训。", None),
            ("全年共有二〇二〇人参加培训。", None),
            ("全年共有点五人参加培训。", None),
            ("全年共有负一人参加培训。", Some(-1.0)),
        ] {
            let got: Vec<f64> = extract(text).iter().map(|s| s.value).collect();
            match value {
                Some(v) => assert_eq!(got, [v], "{text}"),
                None => assert!(got.is_empty(), "{text}: {got:?}"),
            }
        }
        let s = &extract("增长百分之十一点六。")[0];
        assert_eq!((s.raw.as_str(), s.value), ("百分之十一点六", 11.6));
        let s = &extract("节约油百分之五到十。")[0];
        assert_eq!(
            (s.raw.as_str(), s.value, s.approx),
            ("百分之五到十", 7.5, Some(Approx::About))
        );
        assert!(extract("坚持四项基本原则和和平共处五项原则。").is_empty());
    }

    #[test]
    fn qualifiers_stay_out_of_raw() {
        let s = &extract("共 31 人参加,近 8000 人次。")[1];
        assert_eq!(
            (s.raw.as_str(), s.approx),
            ("8000 人次", Some(Approx::LessThan))
        );
        assert_eq!(s.subject, None);
        let s = &extract("共动用近8000人次。")[0];
        assert_eq!(
            (s.raw.as_str(), s.approx),
            ("8000人次", Some(Approx::LessThan))
        );
        let s = &extract("累计达约300件。")[0];
        assert_eq!((s.raw.as_str(), s.approx), ("300件", Some(Approx::About)));
        let s = &extract("覆盖率超过95%。")[0];
        assert_eq!((s.raw.as_str(), s.approx), ("95%", Some(Approx::MoreThan)));
        // 签约 and 最近 are words, not qualifiers.
        assert_eq!(extract("签约3个项目。")[0].approx, None);
        assert_eq!(extract("最近3个月内。")[0].approx, None);
    }

    #[test]
    fn parse_fills_sections_and_links_items() {
        let report = crate::parse(
            "某区2023年法治政府建设年度报告\n一、主要举措和成效\n(一)推进政务公开。政务公开信息208条,行政复议案件43件。\n二、存在问题\n(一)人员不足。仅有执法人员3名。\n",
        );
        let raws: Vec<&str> = report.statistics.iter().map(|s| s.raw.as_str()).collect();
        assert_eq!(raws, ["208条", "43件", "3名"]);
        assert_eq!(report.statistics[0].section, ["一", "(一)"]);
        assert_eq!(report.statistics[2].section, ["二", "(一)"]);
        for s in &report.statistics {
            assert_eq!(report.slice(s.span), Some(s.raw.as_str()));
        }
    }

    #[test]
    fn one_long_line_keeps_sentences_bounded() {
        // One line without punctuation, dense with numbers: every statistic
        // is found and its sentence is capped (speed is measured in the
        // criterion benches, not here).
        let line = "开展活动12场发放资料300份".repeat(10_000);
        let stats = extract(&line);
        assert_eq!(stats.len(), 20_000);
        assert!(stats[5].sentence.len() <= 2 * super::super::SENTENCE_CAP + 64);
    }

    #[test]
    fn chinese_numerals_in_words_are_not_counts() {
        for text in [
            "召开区委十二届三次、四次全会。",
            "二期改造工程",
            "严格落实行政执法三项制度",
            "推进全省统一的平台",
            "进一步加强",
            "一站式服务",
            "落实十四五规划",
            "八五普法",
            "走进千家万户",
            "一次性告知",
            "第三次会议",
            "做到“两个维护”",
            "坚决做到两个维护",
            "一村一法律顾问",
            "三重一大",
        ] {
            let got: Vec<String> = extract(text).into_iter().map(|s| s.raw).collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        let got: Vec<String> = extract("召开专题会议两次,开展培训三十余场。")
            .into_iter()
            .map(|s| s.raw)
            .collect();
        assert_eq!(got, ["两次", "三十余场"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "1",
            "万",
            "百分之",
            "百分之百分之",
            "“",
            "《《《",
            "1.",
            "1,",
            "1,00",
            "3-",
            "3至",
            "第",
            "近",
            "１",
            "9".repeat(400).as_str(),
            "一二三四五六七八九十百千万亿".repeat(20).as_str(),
            "\u{10FFFF}1人\u{1F600}2件",
            "1\u{0}人",
        ] {
            for s in extract(text) {
                assert_eq!(s.span.slice(text), Some(s.raw.as_str()));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn random_text_never_panics_and_spans_hold(text in "[0-9０-９一二两十百千万亿余多近约超个人名次件项场%％。,;“”《》()年月第 a-z\\u{4e00}-\\u{4e20}]{0,80}") {
            for s in extract(&text) {
                proptest::prop_assert_eq!(s.span.slice(&text), Some(s.raw.as_str()));
                proptest::prop_assert!(s.value.is_finite());
            }
        }
    }
}
