//! Character folding for matching: traditional → simplified and full-width
//! → half-width, one character for one character.
//!
//! The statistics stage reads reports that some sites convert to traditional
//! characters (168項, 行政執法隊伍) and free text that may still carry
//! full-width forms (３１人, ９２％). Units are always reported in simplified
//! characters, and indicator cue words are written in simplified characters,
//! so both are matched against folded text. Folding is per character, so
//! byte offsets of the folded text are not used anywhere: spans always point
//! into the text as written.

use std::borrow::Cow;
use std::sync::LazyLock;

/// Traditional characters that occur in units, numerals, qualifiers and the
/// cue words of the indicator table, with their simplified forms.
/// Sorted by the traditional character (binary searched).
const TRADITIONAL: &[(char, char)] = &[
    ('並', '并'),
    ('來', '来'),
    ('個', '个'),
    ('備', '备'),
    ('傳', '传'),
    ('僅', '仅'),
    ('價', '价'),
    ('億', '亿'),
    ('內', '内'),
    ('兩', '两'),
    ('冊', '册'),
    ('動', '动'),
    ('務', '务'),
    ('勞', '劳'),
    ('區', '区'),
    ('參', '参'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('噸', '吨'),
    ('圍', '围'),
    ('執', '执'),
    ('報', '报'),
    ('場', '场'),
    ('塊', '块'),
    ('壓', '压'),
    ('學', '学'),
    ('實', '实'),
    ('審', '审'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('層', '层'),
    ('師', '师'),
    ('幹', '干'),
    ('廣', '广'),
    ('張', '张'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('徹', '彻'),
    ('應', '应'),
    ('戶', '户'),
    ('損', '损'),
    ('摺', '折'),
    ('擔', '担'),
    ('據', '据'),
    ('敗', '败'),
    ('數', '数'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('査', '查'),
    ('條', '条'),
    ('棟', '栋'),
    ('業', '业'),
    ('構', '构'),
    ('標', '标'),
    ('機', '机'),
    ('檢', '检'),
    ('檯', '台'),
    ('權', '权'),
    ('歲', '岁'),
    ('歷', '历'),
    ('沒', '没'),
    ('淨', '净'),
    ('減', '减'),
    ('準', '准'),
    ('濟', '济'),
    ('災', '灾'),
    ('為', '为'),
    ('熱', '热'),
    ('獲', '获'),
    ('現', '现'),
    ('環', '环'),
    ('畝', '亩'),
    ('當', '当'),
    ('發', '发'),
    ('盡', '尽'),
    ('確', '确'),
    ('種', '种'),
    ('稱', '称'),
    ('積', '积'),
    ('筆', '笔'),
    ('節', '节'),
    ('範', '范'),
    ('簽', '签'),
    ('糾', '纠'),
    ('紀', '纪'),
    ('約', '约'),
    ('紙', '纸'),
    ('級', '级'),
    ('紛', '纷'),
    ('組', '组'),
    ('結', '结'),
    ('統', '统'),
    ('經', '经'),
    ('網', '网'),
    ('線', '线'),
    ('練', '练'),
    ('縣', '县'),
    ('總', '总'),
    ('續', '续'),
    ('罰', '罚'),
    ('習', '习'),
    ('職', '职'),
    ('臺', '台'),
    ('與', '与'),
    ('舉', '举'),
    ('萬', '万'),
    ('處', '处'),
    ('號', '号'),
    ('衛', '卫'),
    ('裏', '里'),
    ('裡', '里'),
    ('製', '制'),
    ('覆', '复'),
    ('規', '规'),
    ('訂', '订'),
    ('計', '计'),
    ('訓', '训'),
    ('訟', '讼'),
    ('訪', '访'),
    ('設', '设'),
    ('許', '许'),
    ('訴', '诉'),
    ('詢', '询'),
    ('試', '试'),
    ('認', '认'),
    ('課', '课'),
    ('調', '调'),
    ('請', '请'),
    ('諮', '咨'),
    ('講', '讲'),
    ('證', '证'),
    ('議', '议'),
    ('護', '护'),
    ('負', '负'),
    ('貫', '贯'),
    ('責', '责'),
    ('資', '资'),
    ('輛', '辆'),
    ('輪', '轮'),
    ('轉', '转'),
    ('辦', '办'),
    ('農', '农'),
    ('連', '连'),
    ('週', '周'),
    ('進', '进'),
    ('過', '过'),
    ('達', '达'),
    ('違', '违'),
    ('選', '选'),
    ('鄉', '乡'),
    ('銷', '销'),
    ('錢', '钱'),
    ('錯', '错'),
    ('鎮', '镇'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('關', '关'),
    ('隊', '队'),
    ('險', '险'),
    ('隻', '只'),
    ('頁', '页'),
    ('頃', '顷'),
    ('項', '项'),
    ('頭', '头'),
    ('題', '题'),
    ('額', '额'),
    ('類', '类'),
    ('顧', '顾'),
    ('養', '养'),
    ('餘', '余'),
    ('驗', '验'),
    ('體', '体'),
    ('鬥', '斗'),
    ('點', '点'),
];

/// One bit per character of the basic plane: set when `TRADITIONAL` has a
/// row for it (a quick test before the binary search).
static HAS_ROW: LazyLock<Box<[u64; 1024]>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for &(t, _) in TRADITIONAL {
        let n = t as usize;
        if n < 0x10000 {
            bits[n >> 6] |= 1 << (n & 63);
        }
    }
    bits
});

/// The simplified, half-width form of one character (itself when there is
/// none).
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    let n = c as u32;
    if n < 0x3000 {
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(n - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ if n < 0x10000 && HAS_ROW[(n >> 6) as usize] & (1 << (n & 63)) == 0 => c,
        _ => TRADITIONAL
            .binary_search_by_key(&c, |&(t, _)| t)
            .map_or(c, |i| TRADITIONAL[i].1),
    }
}

/// True when folding changes `c`.
fn needs_fold(c: char) -> bool {
    fold_char(c) != c
}

/// `text` folded character by character; borrowed when nothing changes.
pub(crate) fn fold(text: &str) -> Cow<'_, str> {
    if text.chars().any(needs_fold) {
        Cow::Owned(text.chars().map(fold_char).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_traditional_and_full_width() {
        assert_eq!(fold("168項"), "168项");
        assert_eq!(fold("行政執法隊伍"), "行政执法队伍");
        assert_eq!(fold("９２％"), "92%");
        assert!(matches!(fold("政务公开信息"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_table_is_sorted_and_final() {
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0));
        for &(t, s) in TRADITIONAL {
            assert_ne!(t, s);
            assert_eq!(fold_char(t), s);
            assert_eq!(fold_char(s), s, "{t} → {s} must be final");
        }
    }
}
