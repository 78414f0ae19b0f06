//! Chinese script helpers: traditional → simplified folding for matching, and
//! the reading of Chinese numerals (十二, 一百零五, 两万).
//!
//! [`to_simplified`] maps characters one to one, using the first candidate
//! of OpenCC's `TSCharacters.txt` (Apache-2.0) for every traditional
//! character whose simplified form has the same UTF-8 length. So the folded
//! text has exactly the byte (and character) offsets of the original, and a
//! position found in the folded text is the same position in the text as
//! written. No phrase-level conversion is done: the result is for matching
//! keywords and names, never for display.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::text::CharSet;

/// Code points below this are never traditional-only characters.
const FIRST: u32 = 0x3400;

/// The lookup table, built once on first use: for code points in
/// `FIRST..FIRST + dense.len()`, the simplified character (or `'\0'` when
/// the character is unchanged); other pairs (outside that range) in a
/// sorted list.
struct Table {
    /// One bit per code point of the Basic Multilingual Plane: whether it
    /// changes (an 8 KB bitset that stays in cache while scanning text).
    bmp: Box<CharSet>,
    dense: Vec<char>,
    sparse: Vec<(char, char)>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let chars: Vec<char> = T2S_PAIRS.chars().collect();
    let pairs: Vec<(char, char)> = chars.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    // The dense range covers the CJK blocks of the Basic Multilingual Plane.
    let last = pairs
        .iter()
        .map(|&(t, _)| t as u32)
        .filter(|&c| (FIRST..0x1_0000).contains(&c))
        .max()
        .unwrap_or(FIRST);
    let mut dense = vec!['\0'; (last + 1 - FIRST) as usize];
    let mut sparse = Vec::new();
    for (t, s) in pairs {
        let c = t as u32;
        if (FIRST..=last).contains(&c) {
            dense[(c - FIRST) as usize] = s;
        } else {
            sparse.push((t, s));
        }
    }
    sparse.sort_unstable();
    let mut bmp = Box::new(CharSet::new(&[]));
    for (i, &c) in dense.iter().enumerate() {
        if let Some(t) = char::from_u32(FIRST + i as u32).filter(|_| c != '\0') {
            bmp.insert(t);
        }
    }
    for &(t, _) in &sparse {
        bmp.insert(t);
    }
    Table { bmp, dense, sparse }
});

impl Table {
    #[inline]
    fn get(&self, c: char) -> Option<char> {
        self.get_code(c as u32)
    }

    /// [`Table::get`] for a code point.
    #[inline]
    fn get_code(&self, u: u32) -> Option<char> {
        if u < 0x1_0000 {
            if !self.bmp.contains_u32(u) {
                return None;
            }
            if let Some(&c) = u
                .checked_sub(FIRST)
                .and_then(|i| self.dense.get(i as usize))
            {
                return Some(c);
            }
        }
        self.sparse
            .binary_search_by_key(&u, |&(t, _)| t as u32)
            .ok()
            .map(|i| self.sparse[i].1)
    }
}

/// The simplified form of one character (itself when it has none).
#[inline]
pub(crate) fn simplify_char(c: char) -> char {
    if (c as u32) < FIRST {
        return c;
    }
    TABLE.get(c).unwrap_or(c)
}

/// The simplified form of `text`, for matching keywords and names only
/// (spans always point into the text as written).
///
/// Character by character, so the result has the same length in bytes and
/// in characters as `text`, and every offset stays valid. Returns
/// `Cow::Borrowed` when nothing changes (the common case for simplified
/// text). Linear in the length of `text`; the table is built on first use.
pub(crate) fn to_simplified(text: &str) -> Cow<'_, str> {
    // ASCII-only text never changes: skip building the table for it.
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut changes = changes(text, &TABLE).peekable();
    if changes.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, len, simplified) in changes {
        // The table pairs characters of one length only, so offsets hold.
        if simplified.len_utf8() == len {
            out.push_str(&text[copied..at]);
            out.push(simplified);
            copied = at + len;
        }
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// The characters of `text` that `table` changes: byte offset, length in
/// bytes, simplified form.
fn changes<'t>(text: &'t str, table: &'t Table) -> impl Iterator<Item = (usize, usize, char)> + 't {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let change = next_change(bytes, from, table)?;
        from = change.0 + change.1;
        Some(change)
    })
}

/// The first character at or after byte `i` of the UTF-8 `bytes` that
/// `table` changes. Reads the bytes directly and decodes only the
/// characters from U+3000 on (every traditional character is there): this
/// loop runs over whole documents.
fn next_change(bytes: &[u8], mut i: usize, table: &Table) -> Option<(usize, usize, char)> {
    while let Some(&lead) = bytes.get(i) {
        if lead >= 0xE3 {
            if lead < 0xF0 {
                // U+3000–U+FFFF, three bytes, tested from the bytes.
                let [b1, b2] = *bytes.get(i + 1..i + 3)? else {
                    return None;
                };
                if table.bmp.contains_three_bytes(lead, b1, b2) {
                    let u = crate::text::three_byte_code(lead, b1, b2);
                    if let Some(simplified) = table.get_code(u) {
                        return Some((i, 3, simplified));
                    }
                }
                i += 3;
                continue;
            }
            let [b1, b2, b3] = *bytes.get(i + 1..i + 4)? else {
                return None;
            };
            let u = u32::from(lead & 0x07) << 18
                | u32::from(b1 & 0x3F) << 12
                | u32::from(b2 & 0x3F) << 6
                | u32::from(b3 & 0x3F);
            if let Some(simplified) = table.get_code(u) {
                return Some((i, 4, simplified));
            }
            i += 4;
            continue;
        }
        // ASCII, two bytes, or U+0800–U+2FFF: never traditional.
        i += match lead {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            _ => 3,
        };
    }
    None
}

/// The Basic Multilingual Plane characters that [`to_simplified`]
/// changes, for scans that test characters from their bytes.
pub(crate) fn traditional_chars() -> &'static CharSet {
    &TABLE.bmp
}

/// Whether [`to_simplified`] may change `c`: a character of the bitset, or
/// any character outside the Basic Multilingual Plane (the table's few
/// pairs there are not in the bitset).
pub(crate) fn may_change(c: char) -> bool {
    (c as u32) >= 0x1_0000 || TABLE.bmp.contains(c)
}

/// Whether `c` is one of 一 to 十: the numerals that heading numbers
/// (`一、`, `(三)`) and item markers (`二是`) are written with.
pub(crate) fn is_one_to_ten(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// The value of a Chinese numeral digit: 〇 零 一 二 两 … 九 and the
/// financial capitals 壹 贰 叁 … 玖 (traditional forms folded or listed).
pub(crate) fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier a Chinese numeral unit character stands for (十 百 千 万
/// 亿, their capitals 拾 佰 仟 and traditional 萬 億).
pub(crate) fn chinese_multiplier(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// True for the characters a Chinese numeral is written with.
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_multiplier(c).is_some()
}

/// The value of a Chinese integer numeral, or `None` when the characters do
/// not form one. Never a guess: a numeral that could mean two things, or
/// whose value does not fit, reads as `None`.
///
/// Read are the standard forms (`十二`, `一百零五`, `一千零一亿一千零一万一千零一`,
/// `一万亿`), the financial capitals (`壹佰壹拾壹`) and the colloquial
/// shortening of the last place (`两千六` = 2600, `三万五` = 35000, `一百二` =
/// 120, `三千五万` = 35 000 000). Refused are digit strings and ranges
/// (`十四五`, `八五`, `二〇二〇`, `五六`), units out of order or repeated
/// (`十十`, `千百`, `一万亿万亿`), units without their digit (`万`, `百`)
/// and doubled or dangling zeros.
///
/// ```ignore
/// assert_eq!(chinese_value("两千六"), Some(2600));
/// ```
pub(crate) fn chinese_value(numeral: &str) -> Option<u64> {
    Reader::default().read(numeral)
}

/// The value of a numeral that mixes Arabic digits into the Chinese places
/// (`5000万`, `四千230`, `3千`), as reports write the part below a 万 or 亿
/// (`1万600`, `100万三千`, `200亿零四千230`). An Arabic number takes the
/// place of one digit-and-unit run and must fit below the unit after it
/// (`12千` and `1万12000` are not read); a leading 零 is allowed.
pub(crate) fn mixed_value(numeral: &str) -> Option<u64> {
    let numeral = match numeral.strip_prefix('零') {
        Some(rest) if !rest.is_empty() => rest,
        _ => numeral,
    };
    Reader {
        arabic_ok: true,
        ..Reader::default()
    }
    .read(numeral)
}

/// The state of [`chinese_value`] while it walks a numeral: the value is
/// `high + mid + section + pending digit`, with `high` the part counted in
/// 亿, `mid` the part counted in 万 (below 亿) and `section` the part below
/// 万.
#[derive(Default)]
struct Reader {
    high: u64,
    has_yi: bool,
    mid: u64,
    has_wan: bool,
    section: u64,
    /// The smallest of 十/百/千 seen in this section (0: none yet).
    last_small: u64,
    /// The last unit of any size (0: none yet).
    last_unit: u64,
    pending: Option<u64>,
    /// A 零 was read since the last unit.
    zero: bool,
    /// Anything was read.
    any: bool,
    /// Arabic digits may stand for a place ([`mixed_value`]).
    arabic_ok: bool,
    /// The pending value was written in Arabic digits.
    pending_arabic: bool,
    /// The last character was an Arabic digit.
    in_digits: bool,
}

impl Reader {
    fn read(mut self, numeral: &str) -> Option<u64> {
        if numeral.is_empty() {
            return None;
        }
        for c in numeral.chars() {
            let arabic = match c {
                '0'..='9' => Some(u64::from(c as u32 - '0' as u32)),
                '０'..='９' => Some(u64::from(c as u32 - '０' as u32)),
                _ => None,
            };
            if let Some(d) = arabic {
                if !self.arabic_ok {
                    return None;
                }
                match self.pending {
                    Some(p) if self.in_digits => {
                        self.pending = Some(p.checked_mul(10)?.checked_add(d)?);
                    }
                    Some(_) => return None,
                    None => {
                        self.pending = Some(d);
                        self.pending_arabic = true;
                    }
                }
                self.in_digits = true;
                self.any = true;
                continue;
            }
            self.in_digits = false;
            if let Some(d) = chinese_digit(c) {
                if self.pending.is_some() {
                    return None; // 五六, 二〇二〇: ranges and digit strings
                }
                if d == 0 {
                    // A zero marks a skipped place: once, and after something.
                    if self.zero || (!self.any && numeral.chars().count() > 1) {
                        return None;
                    }
                    self.zero = true;
                    self.any = true;
                } else {
                    self.pending = Some(d);
                    self.any = true;
                }
                continue;
            }
            let m = chinese_multiplier(c)?;
            self.any = true;
            match m {
                10 | 100 | 1_000 => {
                    if self.last_small != 0 && m >= self.last_small {
                        return None; // 十十, 千百 …, 一百二百
                    }
                    if self.pending_arabic && self.pending.is_some_and(|d| d >= 10) {
                        return None; // 12千
                    }
                    self.pending_arabic = false;
                    let d = match self.pending.take() {
                        Some(d) => d,
                        // 十 stands for 一十; 百 and 千 need their digit.
                        None if m == 10 && !self.zero => 1,
                        None => return None,
                    };
                    self.section = self.section.checked_add(d.checked_mul(m)?)?;
                    self.last_small = m;
                }
                10_000 => {
                    if self.has_wan || self.zero && self.pending.is_none() {
                        return None;
                    }
                    let part = self.section.checked_add(self.flush(false))?;
                    if part == 0 || part >= 10_000 {
                        return None; // 万 alone, 亿万, 12000万 in a mixed numeral
                    }
                    self.mid = part.checked_mul(m)?;
                    self.has_wan = true;
                    self.section = 0;
                    self.last_small = 0;
                }
                _ => {
                    if self.has_yi || self.zero && self.pending.is_none() {
                        return None; // 亿亿, 一万亿万亿
                    }
                    let flushed = self.flush(self.section == 0);
                    let group = self.mid.checked_add(self.section)?.checked_add(flushed)?;
                    if group == 0 || group >= 100_000_000 {
                        return None;
                    }
                    self.high = group.checked_mul(m)?;
                    self.has_yi = true;
                    self.mid = 0;
                    self.has_wan = false;
                    self.section = 0;
                    self.last_small = 0;
                }
            }
            self.last_unit = m;
            self.zero = false;
        }
        if !self.any || (self.zero && self.pending.is_none() && self.last_unit != 0) {
            return None; // nothing, or a dangling 零 (一百零)
        }
        let arabic = self.pending_arabic;
        let last_small = self.last_small;
        let tail = self.flush(self.section == 0);
        if arabic && (self.has_wan || self.has_yi) && self.section.checked_add(tail)? >= 10_000 {
            return None; // 1万12000
        }
        if arabic && last_small != 0 && tail >= last_small {
            return None; // 四千1230
        }
        self.high
            .checked_add(self.mid)?
            .checked_add(self.section)?
            .checked_add(tail)
    }

    /// The pending digit's value in its group: itself, or the place below
    /// the last unit when the numeral drops the last place (两千六 = 2600).
    /// `after_big`: no small unit stands in this section, so the unit the
    /// digit follows is the last 万/亿 (三万五 = 35000).
    fn flush(&mut self, after_big: bool) -> u64 {
        let Some(d) = self.pending.take() else {
            return 0;
        };
        if self.zero || std::mem::take(&mut self.pending_arabic) {
            return d;
        }
        let unit = if self.last_small != 0 {
            self.last_small
        } else if after_big && self.last_unit >= 10_000 {
            // Relative to the group the digit will be added to: 三万五 adds
            // to the 万 group's section as 5000.
            self.last_unit
        } else {
            0
        };
        if unit >= 100 {
            d * (unit / 10)
        } else {
            d
        }
    }
}

/// The value of a Chinese numeral with an optional sign and decimal part
/// (`负一`, `一点一`, `十一点六`, `零点零五`), or `None` (see
/// [`chinese_value`] for the integer part; the decimal part is a string
/// of digits).
pub(crate) fn chinese_number(numeral: &str) -> Option<f64> {
    let (negative, rest) = match numeral.strip_prefix('负') {
        Some(r) => (true, r),
        None => (false, numeral),
    };
    let (int, frac) = match rest.split_once('点') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut value = chinese_value(int)? as f64;
    if let Some(frac) = frac {
        if frac.is_empty() || frac.chars().count() > 12 {
            return None;
        }
        let mut scale = 1.0;
        let mut digits: u64 = 0;
        for c in frac.chars() {
            // 两 is never a decimal digit.
            let d = chinese_digit(c).filter(|_| !matches!(c, '两' | '兩'))?;
            digits = digits * 10 + d;
            scale *= 10.0;
        }
        value += digits as f64 / scale;
    }
    Some(if negative { -value } else { value })
}

/// The value of a string of digits, one character a place (`二〇二一`,
/// `二零零五`), as dates write years.
pub(crate) fn digit_string(s: &str) -> Option<u64> {
    let mut value: u64 = 0;
    let mut n = 0;
    for c in s.chars() {
        let d = match c {
            '○' => 0,
            '两' | '兩' => return None,
            c => chinese_digit(c)?,
        };
        value = value.checked_mul(10)?.checked_add(d)?;
        n += 1;
    }
    (n > 0).then_some(value)
}

/// The Chinese numeral for `n` in the standard form (一百零五, 十二, 一万零一,
/// 九万九千亿); 〇 for zero, Arabic digits from 10^16 on.
pub(crate) fn write_numeral(n: u64) -> String {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    /// Four places (`g` < 10000), with 零 for the places skipped inside;
    /// `head`: at the head of the numeral (十二, not 一十二).
    fn group(out: &mut String, g: u64, head: bool) {
        let mut zero = false;
        let mut started = false;
        for (p, u) in [
            (1000, Some('千')),
            (100, Some('百')),
            (10, Some('十')),
            (1, None),
        ] {
            let d = (g / p % 10) as usize;
            if d == 0 {
                zero = started;
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(p == 10 && d == 1 && !started && head) {
                out.push(D[d]);
            }
            if let Some(u) = u {
                out.push(u);
            }
            started = true;
        }
    }
    /// A number below 10^8: its 万 part and the rest.
    fn below_yi(out: &mut String, n: u64, head: bool) {
        let (wan, rest) = (n / 10_000, n % 10_000);
        if wan > 0 {
            group(out, wan, head);
            out.push('万');
            if rest > 0 && rest < 1000 {
                out.push('零');
            }
        }
        if rest > 0 {
            group(out, rest, head && wan == 0);
        }
    }
    if n == 0 {
        return "〇".to_string();
    }
    if n >= 10_000_000_000_000_000 {
        return n.to_string();
    }
    let mut out = String::new();
    let (yi, rest) = (n / 100_000_000, n % 100_000_000);
    if yi > 0 {
        below_yi(&mut out, yi, true);
        out.push('亿');
        if rest > 0 && rest < 10_000_000 {
            out.push('零');
        }
    }
    if rest > 0 {
        below_yi(&mut out, rest, yi == 0);
    }
    out
}

// BEGIN GENERATED T2S (scripts/gen_divisions.py)
/// Traditional → simplified pairs (traditional first), sorted by the
/// traditional character: OpenCC `TSCharacters.txt` (Apache-2.0), first
/// candidate, one character to one character of the same UTF-8 length.
static T2S_PAIRS: &str = concat!(
    "㑯㑔㑳㑇㑶㐹㓨刾㘚㘎㜄㚯㜏㛣㠏㟆㥮㤘㩜㨫㩳㧐㩵擜䁻䀥䃮鿎䊷䌶䋙䌺䋚䌻䋹䌿䋻䌾䍦䍠",
    "䎱䎬䙡䙌䜀䜧䝼䞍䥇䦂䥑鿏䥱䥾䦛䦶䦟䦷䯀䯅䰾鲃䱷䲣䱽䲝䲁鳚䲘鳤䴉鹮丟丢並并乾干亂乱",
    "亙亘亞亚佇伫佈布佔占併并來来侖仑侶侣侷局俁俣係系俔伣俠侠俥伡俬私倀伥倆俩倈俫倉仓",
    "個个們们倖幸倫伦倲㑈偉伟偑㐽側侧偵侦偽伪傌㐷傑杰傖伧傘伞備备傢家傭佣傯偬傳传傴伛",
    "債债傷伤傾倾僂偻僅仅僉佥僑侨僕仆僞伪僥侥僨偾僱雇價价儀仪儁俊儂侬億亿儈侩儉俭儎傤",
    "儐傧儔俦儕侪儘尽償偿優优儲储儷俪儸㑩儺傩儻傥儼俨兇凶兌兑兒儿兗兖內内兩两冊册冑胄",
    "冪幂凈净凍冻凜凛凱凯別别刪删剄刭則则剋克剎刹剗刬剛刚剝剥剮剐剴剀創创剷铲劃划劄札",
    "劇剧劉刘劊刽劌刿劍剑劏㓥劑剂劚㔉勁劲動动務务勛勋勝胜勞劳勢势勩勚勱劢勳勋勵励勸劝",
    "勻匀匭匦匯汇匱匮區区協协卹恤卻却卽即厙厍厠厕厤历厭厌厲厉厴厣參参叄叁叢丛吒咤吳吴",
    "吶呐呂吕咼呙員员唄呗唸念問问啓启啞哑啟启啢唡喎㖞喚唤喪丧喫吃喬乔單单喲哟嗆呛嗇啬",
    "嗊唝嗎吗嗚呜嗩唢嗶哔嘆叹嘍喽嘓啯嘔呕嘖啧嘗尝嘜唛嘩哗嘮唠嘯啸嘰叽嘵哓嘸呒嘽啴噁恶",
    "噓嘘噚㖊噝咝噠哒噥哝噦哕噯嗳噲哙噴喷噸吨噹当嚀咛嚇吓嚌哜嚐尝嚕噜嚙啮嚥咽嚦呖嚨咙",
    "嚮向嚲亸嚳喾嚴严嚶嘤囀啭囁嗫囂嚣囅冁囈呓囉啰囌苏囑嘱囪囱圇囵國国圍围園园圓圆圖图",
    "團团垻坝埡垭埰采執执堅坚堊垩堖垴堝埚堯尧報报場场塊块塋茔塏垲塒埘塗涂塚冢塢坞塤埙",
    "塵尘塹堑墊垫墜坠墮堕墰坛墳坟墶垯墻墙墾垦壇坛壋垱壎埙壓压壘垒壙圹壚垆壜坛壞坏壟垄",
    "壠垅壢坜壩坝壪塆壯壮壺壶壼壸壽寿夠够夢梦夥伙夾夹奐奂奧奥奩奁奪夺奬奖奮奋奼姹妝妆",
    "姍姗姦奸娛娱婁娄婦妇婭娅媧娲媯妫媰㛀媼媪媽妈嫋袅嫗妪嫵妩嫺娴嫻娴嫿婳嬀妫嬃媭嬈娆",
    "嬋婵嬌娇嬙嫱嬡嫒嬤嬷嬪嫔嬰婴嬸婶孃娘孋㛤孌娈孫孙學学孿孪宮宫寀采寢寝實实寧宁審审",
    "寫写寬宽寵宠寶宝將将專专尋寻對对導导尷尴屆届屍尸屓屃屜屉屢屡層层屨屦屬属岡冈峯峰",
    "峴岘島岛峽峡崍崃崑昆崗岗崙仑崢峥崬岽嵐岚嵗岁嵾㟥嶁嵝嶄崭嶇岖嶔嵚嶗崂嶠峤嶢峣嶧峄",
    "嶨峃嶮崄嶸嵘嶺岭嶼屿嶽岳巋岿巒峦巔巅巖岩巰巯巹卺帥帅師师帳帐帶带幀帧幃帏幓㡎幗帼",
    "幘帻幟帜幣币幫帮幬帱幷并幹干幾几庫库廁厕廂厢廄厩廈厦廎庼廕荫廚厨廝厮廟庙廠厂廡庑",
    "廢废廣广廩廪廬庐廳厅弒弑弔吊弳弪張张強强彆别彈弹彌弥彎弯彔录彙汇彠彟彥彦彫雕彲彨",
    "彿佛後后徑径從从徠徕復复徵征徹彻恆恒恥耻悅悦悞悮悵怅悶闷悽凄惡恶惱恼惲恽惻恻愛爱",
    "愜惬愨悫愴怆愷恺愾忾慄栗態态慍愠慘惨慚惭慟恸慣惯慤悫慪怄慫怂慮虑慳悭慶庆慺㥪慼戚",
    "慾欲憂忧憊惫憐怜憑凭憒愦憖慭憚惮憤愤憫悯憮怃憲宪憶忆懇恳應应懌怿懍懔懞蒙懟怼懣懑",
    "懤㤽懨恹懲惩懶懒懷怀懸悬懺忏懼惧懾慑戀恋戇戆戔戋戧戗戩戬戰战戱戯戲戏戶户扞捍拋抛",
    "拚拼挩捝挱挲挾挟捨舍捫扪捱挨捲卷掃扫掄抡掆㧏掗挜掙挣掛挂採采揀拣揚扬換换揮挥揯搄",
    "損损搖摇搗捣搧扇搵揾搶抢摑掴摜掼摟搂摯挚摳抠摶抟摺折摻掺撈捞撏挦撐撑撓挠撝㧑撟挢",
    "撣掸撥拨撫抚撲扑撳揿撻挞撾挝撿捡擁拥擄掳擇择擊击擋挡擓㧟擔担據据擠挤擡抬擣捣擬拟",
    "擯摈擰拧擱搁擲掷擴扩擷撷擺摆擻擞擼撸擽㧰擾扰攄摅攆撵攏拢攔拦攖撄攙搀攛撺攜携攝摄",
    "攢攒攣挛攤摊攪搅攬揽敎教敓敚敗败敘叙敵敌數数斂敛斃毙斆敩斕斓斬斩斷断於于旂旗旣既",
    "昇升時时晉晋晝昼暈晕暉晖暘旸暢畅暫暂曄晔曆历曇昙曉晓曏向曖暧曠旷曨昽曬晒書书會会",
    "朧胧朮术東东枴拐柵栅柺拐査查桿杆梔栀梘枧條条梟枭梲棁棄弃棊棋棖枨棗枣棟栋棡㭎棧栈",
    "棲栖棶梾椏桠椲㭏楊杨楓枫楨桢業业極极榘矩榦干榪杩榮荣榲榅榿桤構构槍枪槓杠槤梿槧椠",
    "槨椁槮椮槳桨槶椢槼椝樁桩樂乐樅枞樑梁樓楼標标樞枢樢㭤樣样樧榝樫㭴樳桪樸朴樹树樺桦",
    "樿椫橈桡橋桥機机橢椭橫横檁檩檉柽檔档檜桧檟槚檢检檣樯檮梼檯台檳槟檸柠檻槛櫃柜櫓橹",
    "櫚榈櫛栉櫝椟櫞橼櫟栎櫥橱櫧槠櫨栌櫪枥櫫橥櫬榇櫱蘖櫳栊櫸榉櫻樱欄栏欅榉權权欏椤欒栾",
    "欖榄欞棂欽钦歎叹歐欧歟欤歡欢歲岁歷历歸归歿殁殘残殞殒殤殇殨㱮殫殚殭僵殮殓殯殡殰㱩",
    "殲歼殺杀殻壳殼壳毀毁毆殴毿毵氂牦氈毡氌氇氣气氫氢氬氩氳氲氾泛汎泛汙污決决沒没沖冲",
    "況况泝溯洩泄洶汹浹浃涇泾涗涚涼凉淒凄淚泪淥渌淨净淩凌淪沦淵渊淶涞淺浅渙涣減减渢沨",
    "渦涡測测渾浑湊凑湞浈湧涌湯汤溈沩準准溝沟溫温溮浉溳涢溼湿滄沧滅灭滌涤滎荥滙汇滬沪",
    "滯滞滲渗滷卤滸浒滻浐滾滚滿满漁渔漊溇漚沤漢汉漣涟漬渍漲涨漵溆漸渐漿浆潁颍潑泼潔洁",
    "潙沩潚㴋潛潜潤润潯浔潰溃潷滗潿涠澀涩澆浇澇涝澐沄澗涧澠渑澤泽澦滪澩泶澮浍澱淀澾㳠",
    "濁浊濃浓濄㳡濕湿濘泞濚溁濛蒙濜浕濟济濤涛濧㳔濫滥濰潍濱滨濺溅濼泺濾滤瀂澛瀅滢瀆渎",
    "瀇㲿瀉泻瀋沈瀏浏瀕濒瀘泸瀝沥瀟潇瀠潆瀦潴瀧泷瀨濑瀰弥瀲潋瀾澜灃沣灄滠灑洒灕漓灘滩",
    "灝灏灡㳕灣湾灤滦灧滟灩滟災灾為为烏乌烴烃無无煉炼煒炜煙烟煢茕煥焕煩烦煬炀煱㶽熅煴",
    "熒荧熗炝熱热熲颎熾炽燁烨燈灯燉炖燒烧燙烫燜焖營营燦灿燬毁燭烛燴烩燶㶶燻熏燼烬燾焘",
    "爍烁爐炉爛烂爭争爲为爺爷爾尔牀床牆墙牘牍牴抵牽牵犖荦犛牦犢犊犧牺狀状狹狭狽狈猙狰",
    "猶犹猻狲獁犸獃呆獄狱獅狮獎奖獨独獪狯獫猃獮狝獰狞獱㺍獲获獵猎獷犷獸兽獺獭獻献獼猕",
    "玀猡現现琱雕琺珐琿珲瑋玮瑒玚瑣琐瑤瑶瑩莹瑪玛瑲玱璉琏璡琎璣玑璦瑷璫珰璯㻅環环璵玙",
    "璸瑸璽玺璿璇瓊琼瓏珑瓔璎瓚瓒甌瓯甕瓮產产産产畝亩畢毕畫画異异畵画當当疇畴疊叠痙痉",
    "痠酸痾疴瘂痖瘋疯瘍疡瘓痪瘞瘗瘡疮瘧疟瘮瘆瘲疭瘺瘘瘻瘘療疗癆痨癇痫癉瘅癒愈癘疠癟瘪",
    "癡痴癢痒癤疖癥症癧疬癩癞癬癣癭瘿癮瘾癰痈癱瘫癲癫發发皁皂皚皑皰疱皸皲皺皱盃杯盜盗",
    "盞盏盡尽監监盤盘盧卢盪荡眞真眥眦眾众睏困睜睁睞睐瞘眍瞜䁖瞞瞒瞶瞆瞼睑矇蒙矓眬矚瞩",
    "矯矫硃朱硜硁硤硖硨砗硯砚碕埼碩硕碭砀碸砜確确碼码碽䂵磑硙磚砖磠硵磣碜磧碛磯矶磽硗",
    "磾䃅礄硚礎础礙碍礦矿礪砺礫砾礬矾礱砻祕秘祿禄禍祸禎祯禕祎禡祃禦御禪禅禮礼禰祢禱祷",
    "禿秃秈籼稅税稈秆稏䅉稜棱稟禀種种稱称穀谷穇䅟穌稣積积穎颖穠秾穡穑穢秽穩稳穫获穭穞",
    "窩窝窪洼窮穷窯窑窵窎窶窭窺窥竄窜竅窍竇窦竈灶竊窃竪竖競竞筆笔筍笋筧笕筴䇲箇个箋笺",
    "箏筝箚札節节範范築筑篋箧篔筼篠筿篤笃篩筛篳筚簀箦簍篓簑蓑簞箪簡简簣篑簫箫簹筜簽签",
    "簾帘籃篮籌筹籔䉤籙箓籛篯籜箨籟籁籠笼籤签籩笾籪簖籬篱籮箩籲吁粵粤糉粽糝糁糞粪糧粮",
    "糰团糲粝糴籴糶粜糹纟糾纠紀纪紂纣約约紅红紆纡紇纥紈纨紉纫紋纹納纳紐纽紓纾純纯紕纰",
    "紖纼紗纱紘纮紙纸級级紛纷紜纭紝纴紡纺紬䌷紮扎細细紱绂紲绁紳绅紵纻紹绍紺绀紼绋紿绐",
    "絀绌終终絃弦組组絅䌹絆绊絎绗結结絕绝絛绦絝绔絞绞絡络絢绚給给絨绒絰绖統统絲丝絳绛",
    "絶绝絹绢綁绑綃绡綆绠綈绨綉绣綌绤綏绥綐䌼綑捆經经綜综綞缍綠绿綢绸綣绻綫线綬绶維维",
    "綯绹綰绾綱纲網网綳绷綴缀綵彩綸纶綹绺綺绮綻绽綽绰綾绫綿绵緄绲緇缁緊紧緋绯緑绿緒绪",
    "緓绬緔绱緗缃緘缄緙缂線线緝缉緞缎締缔緡缗緣缘緦缌編编緩缓緬缅緯纬緱缑緲缈練练緶缏",
    "緹缇緻致緼缊縈萦縉缙縊缢縋缒縐绉縑缣縕缊縗缞縛缚縝缜縞缟縟缛縣县縧绦縫缝縭缡縮缩",
    "縱纵縲缧縳䌸縴纤縵缦縶絷縷缕縹缥總总績绩繃绷繅缫繆缪繒缯織织繕缮繚缭繞绕繡绣繢缋",
    "繩绳繪绘繫系繭茧繮缰繯缳繰缲繳缴繸䍁繹绎繼继繽缤繾缱繿䍀纇颣纈缬纊纩續续纍累纏缠",
    "纓缨纔才纖纤纘缵纜缆缽钵罃䓨罈坛罌罂罎坛罰罚罵骂罷罢羅罗羆罴羈羁羋芈羣群羥羟羨羡",
    "義义羶膻習习翫玩翬翚翹翘翽翙耬耧耮耢聖圣聞闻聯联聰聪聲声聳耸聵聩聶聂職职聹聍聽听",
    "聾聋肅肃脅胁脈脉脛胫脣唇脩修脫脱脹胀腎肾腖胨腡脶腦脑腫肿腳脚腸肠膃腽膕腘膚肤膞䏝",
    "膠胶膩腻膽胆膾脍膿脓臉脸臍脐臏膑臘腊臚胪臟脏臠脔臢臜臥卧臨临臺台與与興兴舉举舊旧",
    "舖铺舘馆艙舱艤舣艦舰艫舻艱艰艷艳芻刍苧苎茲兹荊荆莊庄莖茎莢荚莧苋華华菴庵菸烟萇苌",
    "萊莱萬万萴荝萵莴葉叶葒荭葤荮葦苇葯药葷荤蒐搜蒓莼蒔莳蒕蒀蒞莅蒼苍蓀荪蓆席蓋盖蓮莲",
    "蓯苁蓴莼蓽荜蔔卜蔘参蔞蒌蔣蒋蔥葱蔦茑蔭荫蕁荨蕆蒇蕎荞蕒荬蕓芸蕕莸蕘荛蕢蒉蕩荡蕪芜",
    "蕭萧蕷蓣薀蕰薈荟薊蓟薌芗薑姜薔蔷薘荙薟莶薦荐薩萨薳䓕薴苎薵䓓薹苔薺荠藍蓝藎荩藝艺",
    "藥药藪薮藭䓖藴蕴藶苈藹蔼藺蔺蘀萚蘄蕲蘆芦蘇苏蘊蕴蘋苹蘚藓蘞蔹蘢茏蘭兰蘺蓠蘿萝虆蔂",
    "處处虛虚虜虏號号虧亏虯虬蛺蛱蛻蜕蜆蚬蝕蚀蝟猬蝦虾蝨虱蝸蜗螄蛳螞蚂螢萤螮䗖螻蝼螿螀",
    "蟄蛰蟈蝈蟎螨蟣虮蟬蝉蟯蛲蟲虫蟶蛏蟻蚁蠁蚃蠅蝇蠆虿蠍蝎蠐蛴蠑蝾蠔蚝蠟蜡蠣蛎蠨蟏蠱蛊",
    "蠶蚕蠻蛮衆众衊蔑術术衕同衚胡衛卫衝冲袞衮袷夹裊袅裏里補补裝装裡里製制複复褌裈褘袆",
    "褲裤褳裢褸褛褻亵襇裥襉裥襏袯襖袄襝裣襠裆襤褴襪袜襬摆襯衬襲袭襴襕覈核見见覎觃規规",
    "覓觅視视覘觇覡觋覥觍覦觎親亲覬觊覯觏覲觐覷觑覺觉覽览覿觌觀观觴觞觶觯觸触訁讠訂订",
    "訃讣計计訊讯訌讧討讨訐讦訒讱訓训訕讪訖讫託托記记訛讹訝讶訟讼訢䜣訣诀訥讷訩讻訪访",
    "設设許许訴诉訶诃診诊註注証证詁诂詆诋詎讵詐诈詒诒詔诏評评詖诐詗诇詘诎詛诅詞词詠咏",
    "詡诩詢询詣诣試试詩诗詫诧詬诟詭诡詮诠詰诘話话該该詳详詵诜詼诙詿诖誄诔誅诛誆诓誇夸",
    "誌志認认誑诳誒诶誕诞誘诱誚诮語语誠诚誡诫誣诬誤误誥诰誦诵誨诲說说説说誰谁課课誶谇",
    "誹诽誼谊誾訚調调諂谄諄谆談谈諉诿請请諍诤諏诹諑诼諒谅論论諗谂諛谀諜谍諝谞諞谝諡谥",
    "諢诨諤谔諦谛諧谐諫谏諭谕諮咨諱讳諳谙諶谌諷讽諸诸諺谚諼谖諾诺謀谋謁谒謂谓謄誊謅诌",
    "謊谎謎谜謐谧謔谑謖谡謗谤謙谦謚谥講讲謝谢謠谣謡谣謨谟謫谪謬谬謭谫謳讴謹谨謾谩譁哗",
    "證证譎谲譏讥譖谮識识譙谯譚谭譜谱譟噪譫谵譭毁譯译議议譴谴護护譸诪譽誉譾谫讀读讅谉",
    "變变讋詟讌䜩讎雠讒谗讓让讕谰讖谶讚赞讜谠讞谳谿溪豈岂豎竖豐丰豔艳豬猪豶豮貍狸貓猫",
    "貙䝙貝贝貞贞貟贠負负財财貢贡貧贫貨货販贩貪贪貫贯責责貯贮貰贳貲赀貳贰貴贵貶贬買买",
    "貸贷貺贶費费貼贴貽贻貿贸賀贺賁贲賂赂賃赁賄贿賅赅資资賈贾賊贼賑赈賒赊賓宾賕赇賙赒",
    "賚赉賜赐賞赏賠赔賡赓賢贤賣卖賤贱賦赋賧赕質质賫赍賬账賭赌賰䞐賴赖賵赗賺赚賻赙購购",
    "賽赛賾赜贄贽贅赘贇赟贈赠贊赞贋赝贍赡贏赢贐赆贓赃贔赑贖赎贗赝贛赣贜赃赬赪趕赶趙赵",
    "趨趋趲趱跡迹踐践踰逾踴踊蹌跄蹕跸蹟迹蹠跖蹣蹒蹤踪蹺跷躂跶躉趸躊踌躋跻躍跃躎䟢躑踯",
    "躒跞躓踬躕蹰躚跹躡蹑躥蹿躦躜躪躏軀躯車车軋轧軌轨軍军軑轪軒轩軔轫軛轭軟软軤轷軫轸",
    "軲轱軸轴軹轵軺轺軻轲軼轶軾轼較较輅辂輇辁輈辀載载輊轾輒辄輓挽輔辅輕轻輛辆輜辎輝辉",
    "輞辋輟辍輥辊輦辇輩辈輪轮輬辌輯辑輳辏輸输輻辐輼辒輾辗輿舆轀辒轂毂轄辖轅辕轆辘轉转",
    "轍辙轎轿轔辚轟轰轡辔轢轹轤轳辦办辭辞辮辫辯辩農农迴回逕径這这連连週周進进遊游運运",
    "過过達达違违遙遥遜逊遞递遠远遡溯適适遲迟遶绕遷迁選选遺遗遼辽邁迈還还邇迩邊边邏逻",
    "邐逦郟郏郵邮鄆郓鄉乡鄒邹鄔邬鄖郧鄧邓鄭郑鄰邻鄲郸鄴邺鄶郐鄺邝酇酂酈郦醃腌醖酝醜丑",
    "醞酝醟蒏醣糖醫医醬酱醱酦釀酿釁衅釃酾釅酽釋释釐厘釒钅釓钆釔钇釕钌釗钊釘钉釙钋針针",
    "釣钓釤钐釦扣釧钏釩钒釵钗釷钍釹钕釺钎釾䥺鈀钯鈁钫鈃钘鈄钭鈅钥鈈钚鈉钠鈍钝鈎钩鈐钤",
    "鈑钣鈒钑鈔钞鈕钮鈞钧鈡钟鈣钙鈥钬鈦钛鈧钪鈮铌鈰铈鈳钶鈴铃鈷钴鈸钹鈹铍鈺钰鈽钸鈾铀",
    "鈿钿鉀钾鉅巨鉆钻鉈铊鉉铉鉋铇鉍铋鉑铂鉕钷鉗钳鉚铆鉛铅鉞钺鉢钵鉤钩鉦钲鉬钼鉭钽鉳锫",
    "鉶铏鉸铰鉺铒鉻铬鉿铪銀银銃铳銅铜銍铚銑铣銓铨銖铢銘铭銚铫銛铦銜衔銠铑銣铷銥铱銦铟",
    "銨铵銩铥銪铕銫铯銬铐銱铞銳锐銷销銹锈銻锑銼锉鋁铝鋃锒鋅锌鋇钡鋌铤鋏铗鋒锋鋙铻鋝锊",
    "鋟锓鋣铘鋤锄鋥锃鋦锔鋨锇鋩铓鋪铺鋭锐鋮铖鋯锆鋰锂鋱铽鋶锍鋸锯鋼钢錁锞錄录錆锖錇锫",
    "錈锩錏铔錐锥錒锕錕锟錘锤錙锱錚铮錛锛錟锬錠锭錡锜錢钱錦锦錨锚錩锠錫锡錮锢錯错録录",
    "錳锰錶表錸铼錼镎鍀锝鍁锨鍃锪鍅钫鍆钔鍇锴鍈锳鍊炼鍋锅鍍镀鍔锷鍘铡鍚钖鍛锻鍠锽鍤锸",
    "鍥锲鍩锘鍬锹鍰锾鍵键鍶锶鍺锗鍼针鍾钟鎂镁鎄锿鎇镅鎊镑鎌镰鎔镕鎖锁鎘镉鎚锤鎛镈鎡镃",
    "鎢钨鎣蓥鎦镏鎧铠鎩铩鎪锼鎬镐鎭镇鎮镇鎰镒鎲镋鎳镍鎵镓鎶鿔鎸镌鎿镎鏃镞鏇旋鏈链鏌镆",
    "鏍镙鏐镠鏑镝鏗铿鏘锵鏜镗鏝镘鏞镛鏟铲鏡镜鏢镖鏤镂鏨錾鏰镚鏵铧鏷镤鏹镪鏺䥽鏽锈鐃铙",
    "鐋铴鐐镣鐒铹鐓镦鐔镡鐘钟鐙镫鐝镢鐠镨鐥䦅鐦锎鐧锏鐨镄鐫镌鐮镰鐯䦃鐲镯鐳镭鐵铁鐶镮",
    "鐸铎鐺铛鐿镱鑄铸鑊镬鑌镔鑑鉴鑒鉴鑔镲鑕锧鑞镴鑠铄鑣镳鑥镥鑭镧鑰钥鑱镵鑲镶鑷镊鑹镩",
    "鑼锣鑽钻鑾銮鑿凿钁镢钂镋長长門门閂闩閃闪閆闫閈闬閉闭開开閌闶閎闳閏闰閑闲閒闲間间",
    "閔闵閘闸閡阂閣阁閤合閥阀閨闺閩闽閫阃閬阆閭闾閱阅閲阅閶阊閹阉閻阎閼阏閽阍閾阈閿阌",
    "闃阒闆板闇暗闈闱闊阔闋阕闌阑闍阇闐阗闒阘闓闿闔阖闕阙闖闯關关闞阚闠阓闡阐闢辟闤阛",
    "闥闼陘陉陝陕陞升陣阵陰阴陳陈陸陆陽阳隉陧隊队階阶隕陨際际隨随險险隯陦隱隐隴陇隸隶",
    "隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霑沾霢霡霧雾霽霁靂雳靄霭靆叇靈灵靉叆",
    "靚靓靜静靝靔靦腼靨靥鞏巩鞝绱鞦秋鞽鞒韁缰韃鞑韆千韉鞯韋韦韌韧韍韨韓韩韙韪韜韬韝鞲",
    "韞韫韻韵響响頁页頂顶頃顷項项順顺頇顸須须頊顼頌颂頎颀頏颃預预頑顽頒颁頓顿頗颇領领",
    "頜颌頡颉頤颐頦颏頭头頮颒頰颊頲颋頴颕頷颔頸颈頹颓頻频頽颓顆颗題题額额顎颚顏颜顒颙",
    "顓颛顔颜願愿顙颡顛颠類类顢颟顥颢顧顾顫颤顬颥顯显顰颦顱颅顳颞顴颧風风颭飐颮飑颯飒",
    "颱台颳刮颶飓颸飔颺飏颻飖颼飕飀飗飄飘飆飙飈飚飛飞飠饣飢饥飣饤飥饦飩饨飪饪飫饫飭饬",
    "飯饭飱飧飲饮飴饴飼饲飽饱飾饰飿饳餃饺餄饸餅饼餈糍餉饷養养餌饵餎饹餏饻餑饽餒馁餓饿",
    "餕馂餖饾餘余餚肴餛馄餜馃餞饯餡馅館馆餬糊餱糇餳饧餵喂餶馉餷馇餺馎餼饩餾馏餿馊饁馌",
    "饃馍饅馒饈馐饉馑饊馓饋馈饌馔饑饥饒饶饗飨饜餍饞馋饢馕馬马馭驭馮冯馱驮馳驰馴驯馹驲",
    "駁驳駐驻駑驽駒驹駔驵駕驾駘骀駙驸駛驶駝驼駟驷駡骂駢骈駭骇駰骃駱骆駸骎駿骏騁骋騂骍",
    "騅骓騌骔騍骒騎骑騏骐騖骛騙骗騤骙騧䯄騫骞騭骘騮骝騰腾騶驺騷骚騸骟騾骡驀蓦驁骜驂骖",
    "驃骠驄骢驅驱驊骅驌骕驍骁驏骣驕骄驗验驚惊驛驿驟骤驢驴驤骧驥骥驦骦驪骊驫骉骯肮髏髅",
    "髒脏體体髕髌髖髋髮发鬆松鬍胡鬚须鬢鬓鬥斗鬧闹鬨哄鬩阋鬮阄鬱郁鬹鬶魎魉魘魇魚鱼魛鱽",
    "魢鱾魨鲀魯鲁魴鲂魷鱿魺鲄鮁鲅鮃鲆鮊鲌鮋鲉鮍鲏鮎鲇鮐鲐鮑鲍鮒鲋鮓鲊鮚鲒鮜鲘鮝鲞鮞鲕",
    "鮣䲟鮦鲖鮪鲔鮫鲛鮭鲑鮮鲜鮳鲓鮶鲪鮺鲝鯀鲧鯁鲠鯇鲩鯉鲤鯊鲨鯒鲬鯔鲻鯕鲯鯖鲭鯗鲞鯛鲷",
    "鯝鲴鯡鲱鯢鲵鯤鲲鯧鲳鯨鲸鯪鲮鯫鲰鯰鲶鯴鲺鯷鳀鯽鲫鯿鳊鰁鳈鰂鲗鰃鳂鰆䲠鰈鲽鰉鳇鰌䲡",
    "鰍鳅鰏鲾鰐鳄鰒鳆鰓鳃鰛鳁鰜鳒鰟鳑鰠鳋鰣鲥鰥鳏鰧䲢鰨鳎鰩鳐鰭鳍鰮鳁鰱鲢鰲鳌鰳鳓鰵鳘",
    "鰷鲦鰹鲣鰺鲹鰻鳗鰼鳛鰾鳔鱂鳉鱅鳙鱈鳕鱉鳖鱒鳟鱔鳝鱖鳜鱗鳞鱘鲟鱝鲼鱟鲎鱠鲙鱣鳣鱤鳡",
    "鱧鳢鱨鲿鱭鲚鱯鳠鱷鳄鱸鲈鱺鲡鳥鸟鳧凫鳩鸠鳬凫鳲鸤鳳凤鳴鸣鳶鸢鳾䴓鴆鸩鴇鸨鴉鸦鴒鸰",
    "鴕鸵鴛鸳鴝鸲鴞鸮鴟鸱鴣鸪鴦鸯鴨鸭鴯鸸鴰鸹鴴鸻鴷䴕鴻鸿鴿鸽鵁䴔鵂鸺鵃鸼鵐鹀鵑鹃鵒鹆",
    "鵓鹁鵜鹈鵝鹅鵠鹄鵡鹉鵪鹌鵬鹏鵮鹐鵯鹎鵰雕鵲鹊鵷鹓鵾鹍鶄䴖鶇鸫鶉鹑鶊鹒鶓鹋鶖鹙鶘鹕",
    "鶚鹗鶡鹖鶥鹛鶩鹜鶪䴗鶬鸧鶯莺鶲鹟鶴鹤鶹鹠鶺鹡鶻鹘鶼鹣鶿鹚鷀鹚鷁鹢鷂鹞鷄鸡鷉䴘鷊鹝",
    "鷓鹧鷖鹥鷗鸥鷙鸷鷚鹨鷥鸶鷦鹪鷫鹔鷯鹩鷲鹫鷳鹇鷴鹇鷸鹬鷹鹰鷺鹭鷽鸴鸂㶉鸇鹯鸊䴙鸌鹱",
    "鸏鹲鸕鸬鸘鹴鸚鹦鸛鹳鸝鹂鸞鸾鹵卤鹹咸鹺鹾鹼碱鹽盐麗丽麥麦麩麸麪面麫面麯曲麴曲麵面",
    "麼么麽么黃黄黌黉點点黨党黲黪黴霉黶黡黷黩黽黾黿鼋鼂鼌鼉鼍鼕冬鼴鼹齊齐齋斋齎赍齏齑",
    "齒齿齔龀齕龁齗龂齙龅齜龇齟龃齠龆齡龄齣出齦龈齧啮齪龊齬龉齲龋齶腭齷龌龍龙龎厐龐庞",
    "龑䶮龔龚龕龛龜龟鿁䜤鿓鿒𠁞𠀾𡃕𠴛𡅏𠲥𡑍𫭼𡑭𡋗𡓾𡋀𡔖𡍣𡮉𡭜𡮣𡭬𡳳𡳃𢣚𢘝𢶫𢫞𢹿𢬦𣞻𣘓",
    "𣠩𣞎𣠲𣑶𤁣𣺽𤅶𣷷𤓩𤊰𤳸𤳄𥊝𥅿𥌃𥅘𥕥𥐰𥖅𥐯𥗽𬒗𥸠𥮋𥼽𥹥𦘧𡳒𦣎𦟗𧟀𧝧𨤻𨤰𨧀𬭊𨨏𬭛𨭆𬭶",
    "𨭎𬭳𩠴𩠠𰻞𰻝",
);
// END GENERATED T2S

#[cfg(test)]
mod tests {
    use super::{chinese_number, chinese_value, digit_string, write_numeral};
    use super::{simplify_char, to_simplified};
    use std::borrow::Cow;

    /// Numerals in the forms that numeral libraries test (cn2an's strict,
    /// colloquial and capital forms, re-created here) and their values; `None`
    /// where the text is not one numeral and must not be read.
    const NUMERALS: &[(&str, Option<f64>)] = &[
        // Strict forms.
        ("一", Some(1.0)),
        ("两", Some(2.0)),
        ("十", Some(10.0)),
        ("十一", Some(11.0)),
        ("一十一", Some(11.0)),
        ("二十", Some(20.0)),
        ("一百一十一", Some(111.0)),
        ("一千一百一十一", Some(1111.0)),
        ("一万一千一百一十一", Some(11111.0)),
        ("一十一万一千一百一十一", Some(111111.0)),
        ("一百一十一万一千一百一十一", Some(1111111.0)),
        ("一千一百一十一万一千一百一十一", Some(11111111.0)),
        ("一亿一千一百一十一万一千一百一十一", Some(111111111.0)),
        ("一十一亿一千一百一十一万一千一百一十一", Some(1111111111.0)),
        (
            "一百一十一亿一千一百一十一万一千一百一十一",
            Some(11111111111.0),
        ),
        (
            "一千一百一十一亿一千一百一十一万一千一百一十一",
            Some(111111111111.0),
        ),
        (
            "一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一",
            Some(1111111111111111.0),
        ),
        ("零", Some(0.0)),
        ("一百零一", Some(101.0)),
        ("一千零一", Some(1001.0)),
        ("一千零一十一", Some(1011.0)),
        ("一千零五十", Some(1050.0)),
        ("一万零一", Some(10001.0)),
        ("一万零五百", Some(10500.0)),
        ("一十万零一", Some(100001.0)),
        ("一亿零一", Some(100000001.0)),
        ("一亿零一万", Some(100010000.0)),
        ("一亿一千万", Some(110000000.0)),
        ("一千零一亿一千零一万一千零一", Some(100110011001.0)),
        ("十万", Some(100000.0)),
        ("一百万", Some(1000000.0)),
        ("一千万", Some(10000000.0)),
        ("一万亿", Some(1000000000000.0)),
        ("三千五百", Some(3500.0)),
        ("两万", Some(20000.0)),
        ("一万二千", Some(12000.0)),
        ("一百二十", Some(120.0)),
        ("一百零五", Some(105.0)),
        ("九千九百九十九", Some(9999.0)),
        ("二十五万三千", Some(253000.0)),
        ("一亿五万", Some(100050000.0)),
        // Capitals.
        ("壹", Some(1.0)),
        ("拾", Some(10.0)),
        ("壹拾壹", Some(11.0)),
        ("壹佰壹拾壹", Some(111.0)),
        ("壹仟壹佰壹拾壹", Some(1111.0)),
        ("贰万叁仟肆佰伍拾陆", Some(23456.0)),
        ("柒亿捌仟玖佰万", Some(789000000.0)),
        ("壹萬", Some(10000.0)),
        ("貳億", Some(200000000.0)),
        // Colloquial: the last place left out.
        ("一百二", Some(120.0)),
        ("一千二", Some(1200.0)),
        ("两千六", Some(2600.0)),
        ("一万二", Some(12000.0)),
        ("三万五", Some(35000.0)),
        ("一亿三", Some(130000000.0)),
        ("一万二千三", Some(12300.0)),
        ("三千五万", Some(35000000.0)),
        ("三万五亿", Some(3500000000000.0)),
        ("十万三", Some(103000.0)),
        ("一百十", Some(110.0)),
        // Decimals and signs.
        ("一点一", Some(1.1)),
        ("零点一", Some(0.1)),
        ("零点零五", Some(0.05)),
        ("十一点六", Some(11.6)),
        ("一百点五", Some(100.5)),
        ("负一", Some(-1.0)),
        ("负十一点五", Some(-11.5)),
        // Not one numeral.
        ("", None),
        ("万", None),
        ("百", None),
        ("千", None),
        ("亿", None),
        ("十十", None),
        ("千百", None),
        ("一百二百", None),
        ("十四五", None),
        ("八五", None),
        ("五六", None),
        ("三四十", None),
        ("二〇二〇", None),
        ("零五", None),
        ("一百零", None),
        ("一千零零一", None),
        ("一万亿万亿", None),
        ("亿亿", None),
        ("万万", None),
        ("一万万", None),
        ("一亿亿", None),
        ("一百零十", None),
        ("一千零万", None),
        ("点五", None),
        ("一点", None),
        ("一点两", None),
        ("负", None),
    ];

    #[test]
    fn numeral_table() {
        let mut read = 0;
        for &(s, want) in NUMERALS {
            let got = chinese_number(s);
            if let (Some(g), Some(w)) = (got, want) {
                assert!((g - w).abs() < 1e-9 * w.abs().max(1.0), "{s}: {g} != {w}");
                read += 1;
            } else {
                assert_eq!(got, want, "{s}");
            }
        }
        let readable = NUMERALS.iter().filter(|(_, w)| w.is_some()).count();
        assert_eq!(read, readable);
    }

    #[test]
    fn mixed_numerals() {
        use super::mixed_value;
        for (s, want) in [
            ("600", Some(600)),
            ("三千", Some(3000)),
            ("零四千230", Some(4230)),
            ("5000万", Some(50_000_000)),
            ("3千", Some(3000)),
            ("12千", None),
            ("四千1230", None),
            ("1万12000", None),
            ("12000万", None),
            ("1万600", Some(10_600)),
            ("二〇", None),
        ] {
            assert_eq!(mixed_value(s), want, "{s}");
        }
        assert_eq!(chinese_value("1万"), None);
    }

    #[test]
    fn integers_round_trip_through_the_writer() {
        let mut n: u64 = 1;
        let mut samples: Vec<u64> = (0..=1200).collect();
        while n < 9_000_000_000_000_000 {
            samples.extend([n, n + 1, n * 3 + 7, n * 10 - 1, n * 7 + n / 2]);
            n *= 10;
        }
        samples.extend([10_001, 100_010_000, 1_000_100_010_001, 100_110_011_001]);
        for n in samples {
            let w = write_numeral(n);
            assert_eq!(chinese_value(&w), Some(n), "{n} {w}");
        }
        assert_eq!(write_numeral(105), "一百零五");
        assert_eq!(write_numeral(12), "十二");
        assert_eq!(write_numeral(110), "一百一十");
        assert_eq!(write_numeral(100_000), "十万");
        assert_eq!(write_numeral(10_015), "一万零一十五");
        assert_eq!(write_numeral(100_000_001), "一亿零一");
    }

    #[test]
    fn years_are_digit_strings() {
        assert_eq!(digit_string("二〇二一"), Some(2021));
        assert_eq!(digit_string("二○一九"), Some(2019));
        assert_eq!(digit_string("二零零五"), Some(2005));
        assert_eq!(digit_string("二十"), None);
        assert_eq!(digit_string(""), None);
    }

    #[test]
    fn any_string_of_numeral_characters_reads_without_panic() {
        // Every string of up to 4 characters over a small alphabet, and long
        // repetitions: a value or None, never a panic or a wrapped value.
        let alphabet: Vec<char> = "零一二九十百千万亿点负".chars().collect();
        let mut stack = vec![String::new()];
        while let Some(s) = stack.pop() {
            if let Some(v) = chinese_number(&s) {
                assert!(v.is_finite() && v.abs() < 1e17, "{s}: {v}");
            }
            if s.chars().count() < 4 {
                for &c in &alphabet {
                    stack.push(format!("{s}{c}"));
                }
            }
        }
        for s in [
            "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九",
            &"九亿".repeat(50),
            &"万".repeat(100),
        ] {
            if let Some(v) = chinese_value(s) {
                assert!(v < 10_000_000_000_000_000, "{s}");
            }
        }
    }

    #[test]
    fn folds_traditional_characters() {
        assert_eq!(to_simplified("東城區"), "东城区");
        assert_eq!(
            to_simplified("法治政府建設年度報告"),
            "法治政府建设年度报告"
        );
        assert_eq!(to_simplified("堅持以習近平新時代"), "坚持以习近平新时代");
        assert_eq!(to_simplified("個"), "个");
        assert_eq!(to_simplified("臺灣"), "台湾");
        assert_eq!(to_simplified("關於2024年"), "关于2024年");
    }

    #[test]
    fn borrows_when_nothing_changes() {
        for s in [
            "",
            "abc 123",
            "白沙街2020年法治政府建设年度报告",
            "一、(一)1.①",
            "🙂",
        ] {
            assert!(matches!(to_simplified(s), Cow::Borrowed(_)), "{s}");
            assert_eq!(to_simplified(s), s);
        }
    }

    #[test]
    fn keeps_offsets() {
        let s = "a東城區b🙂習近平c";
        let t = to_simplified(s);
        assert_eq!(t.len(), s.len());
        assert_eq!(t.chars().count(), s.chars().count());
        for (i, _) in s.char_indices() {
            assert!(t.is_char_boundary(i));
        }
        assert_eq!(t, "a东城区b🙂习近平c");
    }

    #[test]
    fn folds_as_one_character_at_a_time() {
        // Every pair of the table between characters of every UTF-8 length.
        let mixed: String = super::T2S_PAIRS
            .chars()
            .zip(['a', 'é', '、', '🙂', '中', '\n'].into_iter().cycle())
            .flat_map(|(c, other)| [c, other])
            .collect();
        let one_by_one: String = mixed.chars().map(simplify_char).collect();
        assert_eq!(to_simplified(&mixed), one_by_one);
    }

    #[test]
    fn folding_twice_changes_nothing() {
        // The jurisdiction scans hash simplified text as it is.
        for c in super::T2S_PAIRS.chars() {
            let once = simplify_char(c);
            assert_eq!(simplify_char(once), once, "{c}");
        }
    }

    #[test]
    fn table_is_well_formed() {
        let chars: Vec<char> = super::T2S_PAIRS.chars().collect();
        assert_eq!(chars.len() % 2, 0);
        assert!(chars.len() / 2 > 2500);
        for p in chars.chunks_exact(2) {
            assert_ne!(p[0], p[1]);
            assert_eq!(p[0].len_utf8(), p[1].len_utf8());
            // Folding is idempotent: no simplified form is itself folded.
            assert_eq!(
                to_simplified(&p[1].to_string()),
                p[1].to_string(),
                "{}",
                p[1]
            );
        }
    }
}
