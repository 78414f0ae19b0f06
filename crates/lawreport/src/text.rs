//! Small text helpers shared by the stages.

/// A set of characters of the Basic Multilingual Plane, one bit each (an
/// 8 KB bitmap): a character is tested with one lookup, and a three-byte
/// UTF-8 character straight from its bytes, for the loops that read whole
/// texts. Characters outside the plane are never in it.
pub(crate) struct CharSet([u64; 1024]);

impl CharSet {
    /// The set of `chars` (built at compile time for a `static`).
    pub(crate) const fn new(chars: &[char]) -> CharSet {
        let mut bits = [0u64; 1024];
        let mut k = 0;
        while k < chars.len() {
            let n = chars[k] as usize;
            if n < 0x10000 {
                bits[n >> 6] |= 1 << (n & 63);
            }
            k += 1;
        }
        CharSet(bits)
    }

    /// Adds `c` (a character outside the plane is left out).
    pub(crate) fn insert(&mut self, c: char) {
        let n = c as usize;
        if n < 0x10000 {
            self.0[n >> 6] |= 1 << (n & 63);
        }
    }

    /// True when `c` is in the set.
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        self.contains_u32(c as u32)
    }

    /// True when the character with code `n` is in the set.
    #[inline]
    pub(crate) fn contains_u32(&self, n: u32) -> bool {
        let n = n as usize;
        n < 0x10000 && self.0[n >> 6] & (1 << (n & 63)) != 0
    }

    /// True when the three-byte UTF-8 character `b0 b1 b2` (lead byte
    /// E0–EF) is in the set: the lead byte and the next give the word,
    /// the last byte the bit, so nothing is decoded.
    #[inline]
    pub(crate) fn contains_three_bytes(&self, b0: u8, b1: u8, b2: u8) -> bool {
        self.0[usize::from(b0 & 0x0F) << 6 | usize::from(b1 & 0x3F)] & (1 << (b2 & 0x3F)) != 0
    }
}

/// The code point of the three-byte UTF-8 character `b0 b1 b2` (lead byte
/// E0–EF), for the loops that test characters from their bytes.
#[inline]
pub(crate) fn three_byte_code(b0: u8, b1: u8, b2: u8) -> u32 {
    u32::from(b0 & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F)
}

/// Converts byte offsets of one text into character offsets.
///
/// Built once per report in O(n); each conversion is O(1) amortized for
/// offsets that are close together, and never more than a short scan.
pub(crate) struct CharOffsets<'t> {
    text: &'t str,
    /// Character count at every `STEP`-th byte boundary (rounded down to a
    /// character boundary).
    checkpoints: Vec<(usize, usize)>,
}

const STEP: usize = 256;

impl<'t> CharOffsets<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 2);
        let mut chars = 0;
        let mut byte = 0;
        while byte < text.len() {
            checkpoints.push((byte, chars));
            let next = ceil_boundary(text, byte + STEP);
            // `str::chars().count()` counts a block at memory speed.
            chars += text[byte..next].chars().count();
            byte = next;
        }
        checkpoints.push((text.len(), chars));
        CharOffsets { text, checkpoints }
    }

    /// The character offset of byte offset `byte` (clamped to the text, and
    /// moved back to a character boundary if it falls inside one).
    pub(crate) fn to_char(&self, byte: usize) -> usize {
        let byte = floor_boundary(self.text, byte.min(self.text.len()));
        let i = match self.checkpoints.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => return self.checkpoints[i].1,
            Err(i) => i.saturating_sub(1),
        };
        let (b, c) = self.checkpoints[i];
        c + self.text[b..byte].chars().count()
    }

    pub(crate) fn span(&self, range: std::ops::Range<usize>) -> crate::model::Span {
        crate::model::Span::new(self.to_char(range.start), self.to_char(range.end))
    }
}

/// The smallest character boundary at or after `i` (or the end).
pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest character boundary at or before `i`.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Characters that end a sentence for `Statistic::sentence` and headings.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | ';' | '；' | '!' | '?' | '！' | '？')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_bytes_to_chars() {
        let text = "法治a政府".repeat(200);
        let conv = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(conv.to_char(byte), chars);
        }
        assert_eq!(conv.to_char(text.len()), text.chars().count());
        assert_eq!(conv.to_char(1), 0, "inside a character rounds down");
    }
}
