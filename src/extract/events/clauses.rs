//! A sentence cut into clauses, and its quoted speech.
//!
//! An event is a trigger in a clause: its date and the words that disqualify it (a
//! recurrence, "mỗi tháng") are read in that clause, not elsewhere in the sentence. A clause
//! starts at "; ", at a comma followed by a conjunction (`clause_conjunction` rows of
//! `event_words.tsv`: ", và ", ", nhưng ") and at a subordinator (`clause_subordinator`
//! rows: " khi ", " sau khi ") and at a purpose word (`clause_purpose` rows: " để ",
//! " nhằm "; a sentence may open with one): a purpose clause says what is meant to happen,
//! not what happened. Quoted speech is a quotation opening the sentence or
//! opening after a colon (`ông X cho biết: "…"`): what someone said is not an occurrence the
//! article reports.
//!
//! One matcher pass over the sentence finds every boundary, and one pass over its bytes
//! every quotation mark: the cost is linear in the sentence.

use super::words::WORDS;
use crate::extract::candidates::Hit;
use crate::extract::text::ByteSpan;

/// The clause boundaries that are punctuation alone.
const PUNCTUATION_BREAKS: [&str; 1] = ["; "];

/// Every clause boundary, as the candidate pass finds them (`KeywordSet::ClauseBreaks`):
/// [`PUNCTUATION_BREAKS`], the conjunctions and subordinators of `event_words.tsv` as
/// matched, then its purpose words (the patterns from [`first_purpose_pattern`] on). Stop 26:
/// the document's one keyword walk reports them; an Aho-Corasick DFA of their own read each
/// sentence with a trigger again (13 M instructions of the seeds' 300 lines, 2% of a run).
pub(crate) fn break_patterns() -> Vec<String> {
    PUNCTUATION_BREAKS
        .iter()
        .map(|s| s.to_string())
        .chain(WORDS.clause_breaks.iter().cloned())
        .chain(WORDS.purpose_breaks.iter().cloned())
        .collect()
}

/// The index of the first purpose pattern of [`break_patterns`].
fn first_purpose_pattern() -> usize {
    PUNCTUATION_BREAKS.len() + WORDS.clause_breaks.len()
}

/// The clauses and quoted speech of one sentence, as byte offsets into the text.
#[derive(Debug, Clone, Default)]
pub(super) struct Clauses {
    /// The sentence.
    sentence: ByteSpan,
    /// Where each clause after the first starts, increasing.
    starts: Vec<usize>,
    /// Where each purpose clause starts (at its purpose word), increasing.
    purposes: Vec<usize>,
    /// Quoted speech: the spans between an opening and its closing quotation mark.
    speech: Vec<ByteSpan>,
}

impl Clauses {
    /// The clauses of the sentence at `span` of `text`, read from `sentence` (its
    /// lower-cased view, `span` of the lower-cased text) and `breaks` (every clause boundary
    /// of the text, [`break_patterns`] found by the candidate pass: by start, longest first,
    /// then by pattern).
    pub(super) fn of(text: &str, sentence: &str, span: ByteSpan, breaks: &[Hit]) -> Self {
        // Where each ", " of the sentence is: an opening purpose runs to the next one.
        let bytes = sentence.as_bytes();
        let commas: Vec<usize> = memchr::memchr_iter(b',', bytes)
            .filter(|&i| bytes.get(i + 1) == Some(&b' '))
            .map(|i| span.start + i)
            .collect();
        let comma_after = |at: usize| commas.get(commas.partition_point(|c| *c <= at)).copied();
        let mut starts = Vec::new();
        let mut purposes = Vec::new();
        let opens_with_purpose = WORDS
            .purpose_breaks
            .iter()
            .any(|w| sentence.starts_with(w.trim_start()));
        if opens_with_purpose {
            // "Để chuẩn bị lễ tuyên dương, các tỉnh … đã tiến hành …": an opening purpose
            // runs to the first comma.
            purposes.push(span.start);
            starts.extend(comma_after(span.start));
        }
        for (at, pattern) in leftmost_longest(breaks, span) {
            if at == span.start {
                continue;
            }
            starts.push(at);
            if pattern >= first_purpose_pattern() {
                purposes.push(at);
                // A capitalized purpose word opens a sentence the splitter did not end
                // ("Đào tạo nghề cho nông dân Nhằm đào tạo …, năm 2007, …"): it runs to
                // the next comma too.
                let capitalized = text
                    .get(at + 1..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase);
                if capitalized {
                    starts.extend(comma_after(at));
                }
            }
        }
        starts.sort_unstable();
        starts.dedup();
        Self {
            sentence: span,
            starts,
            purposes,
            speech: speech_in(sentence, span.start),
        }
    }

    /// The clause holding byte `pos`.
    pub(super) fn clause_of(&self, pos: usize) -> ByteSpan {
        let i = self.starts.partition_point(|s| *s <= pos);
        let start = if i == 0 {
            self.sentence.start
        } else {
            self.starts
                .get(i - 1)
                .copied()
                .unwrap_or(self.sentence.start)
        };
        let end = self.starts.get(i).copied().unwrap_or(self.sentence.end);
        ByteSpan::new(start, end)
    }

    /// The sentence's first clause.
    pub(super) fn first(&self) -> ByteSpan {
        self.clause_of(self.sentence.start)
    }

    /// Where the purpose clause holding byte `pos` starts, if its clause is one.
    pub(super) fn purpose_of(&self, pos: usize) -> Option<usize> {
        let start = self.clause_of(pos).start;
        self.purposes
            .binary_search(&start)
            .ok()
            .and_then(|i| self.purposes.get(i).copied())
    }

    /// Whether byte `pos` lies inside quoted speech.
    pub(super) fn in_speech(&self, pos: usize) -> bool {
        let i = self.speech.partition_point(|q| q.end <= pos);
        self.speech.get(i).is_some_and(|q| q.start <= pos)
    }
}

/// What a leftmost-longest automaton over [`break_patterns`] finds in the sentence at `span`
/// (`find_iter` over its bytes alone), from `breaks` (every occurrence in the text, by start,
/// longest first, then by pattern): the first boundary starting in the sentence and ending
/// in it, the longest there, then the same from its end; start and pattern index of each.
fn leftmost_longest(breaks: &[Hit], span: ByteSpan) -> impl Iterator<Item = (usize, usize)> + '_ {
    let first = breaks.partition_point(|h| h.start < span.start);
    let mut next = span.start;
    breaks
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(move |h| h.start < span.end)
        .filter(move |h| {
            let take = h.start >= next && h.end <= span.end;
            if take {
                next = h.end;
            }
            take
        })
        .map(|h| (h.start, h.pattern as usize))
}

/// The quoted speech of `sentence` (starting at byte `base` of the text): each pair of `"`
/// whose opening mark starts the sentence or follows a colon (spaces between allowed). A
/// mark left open runs to the sentence's end.
fn speech_in(sentence: &str, base: usize) -> Vec<ByteSpan> {
    let mut speech = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    let bytes = sentence.as_bytes();
    // Only the marks are visited; the spaces before an opening mark are read back to the
    // byte before them, which is at or after the mark before (linear in all).
    for i in memchr::memchr_iter(b'"', bytes) {
        match open.take() {
            Some((start, true)) => speech.push(ByteSpan::new(base + start, base + i)),
            Some((_, false)) => {}
            None => {
                // The last non-space byte before the mark, if any.
                let last = bytes.get(..i).and_then(|head| {
                    head.iter()
                        .rposition(|&c| c != b' ')
                        .and_then(|j| head.get(j).copied())
                });
                open = Some((i, last.is_none_or(|l| l == b':')));
            }
        }
    }
    if let Some((start, true)) = open {
        speech.push(ByteSpan::new(base + start, base + sentence.len()));
    }
    speech
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::candidates::{Candidates, KeywordSet};

    fn clauses(text: &str) -> (String, Clauses) {
        let lower = crate::extract::text::lower_aligned(text);
        let candidates = Candidates::new(text, &lower);
        let c = Clauses::of(
            text,
            &lower,
            ByteSpan::new(0, lower.len()),
            candidates.hits(KeywordSet::ClauseBreaks),
        );
        (lower, c)
    }

    /// The boundaries of a sentence read from the candidate pass are those the matcher of
    /// its own found before stop 26 (a leftmost-longest DFA over [`break_patterns`] run on
    /// the sentence's bytes): at every span of texts made of the patterns, pieces of them
    /// and other words, and of the seed articles' sentences.
    #[test]
    fn the_boundaries_from_the_candidate_pass_are_the_own_matchers() {
        let own = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(break_patterns())
            .expect("builds");
        let check = |text: &str, spans: &[ByteSpan]| {
            let lower = crate::extract::text::lower_aligned(text);
            let candidates = Candidates::new(text, &lower);
            let breaks = candidates.hits(KeywordSet::ClauseBreaks);
            for &span in spans {
                let Some(sentence) = lower.get(span.start..span.end) else {
                    continue;
                };
                let expected: Vec<(usize, usize)> = own
                    .find_iter(sentence)
                    .map(|m| (span.start + m.start(), m.pattern().as_usize()))
                    .collect();
                let got: Vec<(usize, usize)> = leftmost_longest(breaks, span).collect();
                assert_eq!(got, expected, "{:?}", span.slice(text));
            }
        };
        let mut pieces: Vec<String> = break_patterns();
        pieces.extend(break_patterns().iter().map(|p| p.trim().to_string()));
        pieces.extend(["Để ", "KHI ", " khi", "x", "đ", ",", " ", "hội nghị"].map(String::from));
        let mut rng = crate::test_rng::FixedLcg::new();
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..1 + rng.below(12) {
                text.push_str(&pieces[rng.below(pieces.len())]);
            }
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let spans: Vec<ByteSpan> = bounds
                .iter()
                .flat_map(|&a| {
                    bounds
                        .iter()
                        .filter(move |&&b| b >= a)
                        .map(move |&b| (a, b))
                })
                .map(|(a, b)| ByteSpan::new(a, b))
                .collect();
            check(&text, &spans);
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(dir).expect("corpus/").flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let spans: Vec<ByteSpan> = crate::extract::text::sentences(&text, 0)
                .into_iter()
                .map(|(a, b)| ByteSpan::new(a, b))
                .collect();
            assert!(spans.len() > 5);
            check(&text, &spans);
        }
    }

    #[test]
    fn a_semicolon_and_a_comma_before_a_conjunction_start_clauses() {
        // corpus-real labour.jsonl (baomoi-22708608).
        let text = "Quan tâm thực hiện tốt công tác xây dựng Đảng; thực hiện đầy đủ nghĩa vụ tài chính với Nhà nước; tham gia tích cực vào các hoạt động nhân đạo từ thiện, xóa đói giảm nghèo, và các hoạt động phong trào.";
        let (lower, c) = clauses(text);
        let at = lower.find("tài chính").unwrap_or(0);
        assert_eq!(
            c.clause_of(at).slice(text),
            "; thực hiện đầy đủ nghĩa vụ tài chính với Nhà nước"
        );
        assert_eq!(
            c.first().slice(text),
            "Quan tâm thực hiện tốt công tác xây dựng Đảng"
        );
        let at = lower.find("phong trào").unwrap_or(0);
        assert_eq!(
            c.clause_of(at).slice(text),
            ", và các hoạt động phong trào."
        );
    }

    #[test]
    fn a_subordinator_and_a_purpose_word_start_clauses() {
        // corpus-real labour.jsonl (baomoi-21867807, shortened).
        let text = "Còn từ năm 1988, xí nghiệp Liên doanh Lông vũ Meko đã được thành lập sau khi có Luật Đầu tư nước ngoài do Quốc hội ban hành ngày 29.12.1987.";
        let (lower, c) = clauses(text);
        let at = lower.find("ban hành").unwrap_or(0);
        assert!(c.clause_of(at).slice(text).starts_with(" sau khi có Luật"));
        assert_eq!(c.clause_of(0).end, lower.find(" sau khi").unwrap_or(0));
        // corpus-real labour.jsonl (baomoi-22319346): a purpose clause.
        let text = "Đây là dịp để tôn vinh các tập thể, cá nhân có những đóng góp xuất sắc.";
        let (lower, c) = clauses(text);
        assert_eq!(
            c.purpose_of(lower.find("tôn vinh").unwrap_or(0)),
            lower.find(" để ")
        );
        assert_eq!(c.purpose_of(0), None);
        // An opening purpose runs to the first comma (labour.jsonl baomoi-22497748 shape).
        let text = "Để chuẩn bị lễ tuyên dương, các tỉnh đã tiến hành lựa chọn các gương mặt.";
        let (lower, c) = clauses(text);
        assert_eq!(c.purpose_of(lower.find("lễ").unwrap_or(0)), Some(0));
        assert_eq!(c.purpose_of(lower.find("tiến hành").unwrap_or(0)), None);
    }

    #[test]
    fn a_quotation_after_a_colon_is_speech_and_a_programme_name_is_not() {
        // corpus-real labour.jsonl (dantri-news_entertainment_008): speech after "viết:".
        let text = "Anh viết: \"Tại Sóc Trăng đã có 250 chiếc xe đạp đã được trao cho các em học sinh, hàng trăm phần quà đã đến tay những mảnh đời bất hạnh...";
        let (lower, c) = clauses(text);
        assert!(c.in_speech(lower.find("trao").unwrap_or(0)));
        assert!(!c.in_speech(lower.find("viết").unwrap_or(0)));
        // corpus-real labour.jsonl (baomoi-22319346): a programme's name in quotation marks.
        let text = "Xạ thủ Hoàng Xuân Vinh là một trong 18 cá nhân được tôn vinh trong Chương trình \"Vinh quang Việt Nam - Dấu ấn 30 năm đổi mới\".";
        let (lower, c) = clauses(text);
        assert!(!c.in_speech(lower.find("vinh quang").unwrap_or(0)));
    }

    #[test]
    fn a_sentence_opening_with_a_quotation_is_speech_until_it_closes() {
        // corpus-real labour.jsonl (baomoi-22324993).
        let text = "\"Ngoài việc được xét khen thưởng theo Nghị định 42/2010/NĐ-CP, bà Oanh còn được xét khen thưởng\" - một cán bộ Sở Nội vụ phụ trách vụ việc này nói rõ.";
        let (lower, c) = clauses(text);
        assert!(c.in_speech(lower.find("khen thưởng").unwrap_or(0)));
        assert!(!c.in_speech(lower.find("nói rõ").unwrap_or(0)));
    }

    #[test]
    fn the_scan_is_linear_on_a_long_sentence() {
        let text = "hội nghị; \"x\": \"y, và khi ".repeat(20_000);
        let (_, c) = clauses(&text);
        assert!(c.starts.len() >= 40_000);
    }
}
