//! The organization part of a role phrase: what follows the role word up to where the
//! organization's name ends (decision 18 of the guidelines: roles are written in full,
//! "Chủ tịch Công đoàn Cty TNHH Canon Việt Nam", not the bare "Chủ tịch").
//!
//! The organization extractor's span is taken where one starts after the role word; else,
//! and after it, a small grammar reads on over the words of the name:
//! - capitalized words, abbreviations and numbers ("Dịch vụ", "LĐ-TB&XH", "số 5"), and
//!   organization type nouns with a lower-case syllable (`role_unit_nouns.tsv`: "Trung
//!   tâm", "Bệnh viện"), read whole;
//! - runs of lower-case words inside the name ("Trung tâm Dịch vụ **việc làm** Hà Nội"),
//!   kept when a capitalized word follows them or the phrase ends at a comma, " - " or a
//!   parenthesis ("Bí thư chi bộ -"), at a sentence end only before any proper name or
//!   one word after it ("Viện Cơ khí Động lực."); dropped when a verb or particle
//!   (`role_stops.tsv`, also capitalized sentence openers: a full stop is missing) or a
//!   title ends it;
//! - " - " inside a name ("Tài chính - Kế toán", "gây mê - hồi sức"), not before a role
//!   word ("Giám đốc Trung tâm - Chủ tịch Công đoàn" is two roles) or a verb ("- cho
//!   biết");
//! - a parenthesis right after a capitalized word that starts with a capital and holds no
//!   digit ("UBND huyện Vĩnh Lợi (Bạc Liêu)", "(Habeco)"), not "(SN 1957)";
//! - after a comma, the parent organization or the place ("Trưởng khoa Cấp cứu, Bệnh viện
//!   Nguyễn Đình Chiểu"; "Chủ tịch xã Hòa Sơn, huyện Hòa Vang, TP Đà Nẵng"), at most
//!   [`MAX_COMMA_PARTS`] times, never when a role word follows the comma (a second role); a
//!   place only after a commune or another place part, not after a district's or a body's
//!   name ("Chủ tịch UBND quận Liên Chiểu, TP Đà Nẵng" ends before the comma).
//!
//! Every read is bounded ([`MAX_TOKENS`] words of at most [`MAX_TOKEN_BYTES`] bytes), so a
//! role costs constant time whatever the text.

use std::sync::LazyLock;

use super::roles::RoleText;
use super::TITLES;
use crate::extract::lexicon::phrases;
use crate::extract::orgs::OrgSpan;
use crate::extract::starts::ByFirstByte;
use crate::extract::text::word_end;
use crate::rules::Table;

/// `role_stops.tsv`: lower-case words that end the organization part of a role.
pub static ROLE_STOPS: Table = Table::new(
    "extract/rules/role_stops.tsv",
    include_str!("../rules/role_stops.tsv"),
    &["word"],
    &["word"],
);

/// `role_no_end.tsv`: lower-case words a role written before a name never ends with.
pub static ROLE_NO_END: Table = Table::new(
    "extract/rules/role_no_end.tsv",
    include_str!("../rules/role_no_end.tsv"),
    &["word"],
    &["word"],
);

static ROLE_NO_END_WORDS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(&ROLE_NO_END).expect("the embedded role_no_end.tsv parses (tested)"));

/// Whether the last word of `role` is one of `role_no_end.tsv` (a role before a name that
/// ends so is no role of it).
pub(super) fn ends_with_no_end_word(role: &str) -> bool {
    let last = role.rsplit(' ').next().unwrap_or_default();
    ROLE_NO_END_WORDS.iter().any(|w| w == last)
}

/// The stop words and phrases of `role_stops.tsv`, by first byte ([`is_stop_at`] is asked
/// at every word of a role's organization part).
static STOPS: LazyLock<ByFirstByte<String>> = LazyLock::new(|| {
    let stops = phrases(&ROLE_STOPS).expect("the embedded role_stops.tsv parses (tested)");
    ByFirstByte::new(stops.iter().map(|s| (s.as_str(), s.clone())))
});

/// The titles by first byte ([`is_title_at`]).
static TITLES_AT: LazyLock<ByFirstByte<&'static str>> = LazyLock::new(|| {
    let titles: &'static [String] = &TITLES;
    ByFirstByte::new(titles.iter().map(|t| (t.as_str(), t.as_str())))
});

/// `role_unit_nouns.tsv`: organization type nouns with a lower-case syllable ("Trung tâm").
pub static ROLE_UNIT_NOUNS: Table = Table::new(
    "extract/rules/role_unit_nouns.tsv",
    include_str!("../rules/role_unit_nouns.tsv"),
    &["noun"],
    &["noun"],
);

/// The nouns of `role_unit_nouns.tsv`, as written and with only the first letter
/// capitalized ("Ban chấp hành", "Ban Chấp hành" is another row).
static UNIT_NOUNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&ROLE_UNIT_NOUNS).expect("the embedded role_unit_nouns.tsv parses (tested)")
});

/// The most words read after a role word.
pub(super) const MAX_TOKENS: usize = 24;
/// A longer run of non-space characters is no word of a name: the read stops there.
pub(super) const MAX_TOKEN_BYTES: usize = 64;
/// The most lower-case words in a row inside an organization's name.
const MAX_LOWER_RUN: usize = 10;
/// The longest capitalized abbreviation written with a full stop inside a name ("TP.",
/// "Q.").
const MAX_DOTTED_ABBREVIATION: usize = 2;
/// The most lower-case words between a name's last capitalized word and a parenthesis
/// that belongs to it ("Thông tin Tuyên truyền (Cục …)").
const MAX_LOWER_BEFORE_PAREN: usize = 2;
/// Lower-case words that never complete the word before them (see
/// `Reader::after_capital`).
const FUNCTION_WORDS: [&str; 4] = ["và", "các", "những", "ở"];
/// The most lower-case words before a number that belongs to the name ("quận 11", "Đội
/// Tuần tra kiểm soát 188"), unless "số" is just before it ("Doanh nghiệp tư nhân xây
/// dựng số 1"); after a longer run the number is no part of it ("… giải phóng mặt bằng ở
/// 2").
const MAX_LOWER_BEFORE_NUMBER: usize = 4;
/// The most comma-separated parts (parent organization, place) after the first.
pub(super) const MAX_COMMA_PARTS: usize = 2;
/// The longest parenthesis read as part of a name.
const MAX_PAREN_BYTES: usize = 160;
/// The level words a comma-separated place part starts with ("huyện Hòa Vang").
const LEVEL_WORDS: [&str; 10] = [
    "tỉnh",
    "thành phố",
    "TP",
    "TP.",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
];

/// Characters that end a word of a name (besides spaces).
fn is_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '…')
}

/// The word starting at `start`: its end (a trailing full stop is punctuation, not part of
/// the word, unless the word is a short abbreviation such as "TP.").
fn token_end(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or_default();
    let len = rest.find(is_break).unwrap_or(rest.len());
    let word = &rest[..len];
    // A dash glued to a word's end is punctuation, the join of the next part of the name
    // or of the next role ("chuyên gia phong thủy- Trưởng khoa …", general-10k; stop 19,
    // second round).
    if let Some(stem) = word.strip_suffix('-').filter(|s| !s.is_empty()) {
        return start + stem.len();
    }
    // "TP.", "Q.": a short abbreviation keeps its full stop; after a longer word it ends
    // the sentence ("… chính sách BHYT. Để …").
    match word.strip_suffix('.') {
        Some(stem)
            if stem.chars().count() > MAX_DOTTED_ABBREVIATION
                || !stem.chars().next().is_some_and(char::is_uppercase) =>
        {
            start + stem.len()
        }
        _ => start + len,
    }
}

fn starts_upper_or_digit(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// How the read of an organization part ended.
enum Stop {
    /// At a comma, " - ", a parenthesis or the name after a role: trailing lower-case
    /// words belong to the role.
    Clean,
    /// At the end of a sentence or line: they do, but after a proper name only one
    /// (the second syllable of its last word: "Viện Cơ khí Động lực."; longer, they are
    /// a predicate: "Hiệu trưởng Trường … Hà Nội đặt câu hỏi.").
    SentenceEnd,
    /// At a verb, a title, a role word or a run too long: they do not.
    Word,
}

/// How a read that reached `pos` without a word to read there ended.
fn stop_at(text: &str, pos: usize) -> Stop {
    match text.get(pos..).and_then(|r| r.chars().next()) {
        None | Some('.' | '!' | '?' | ':' | '\n' | '…' | '"' | '“' | '”') => {
            Stop::SentenceEnd
        }
        _ => Stop::Clean,
    }
}

/// Where the organization part of a role whose role word ends at `from` ends (`from`
/// when there is none), reading no further than `limit`, and the first organization span
/// it takes.
pub(super) fn org_part<'o>(
    rt: &RoleText<'o>,
    role_start: usize,
    from: usize,
    limit: usize,
) -> (usize, Option<&'o OrgSpan>) {
    let text = rt.text;
    let mut reader = Reader {
        stage: super::stage::is_stage_occupation(text, role_start, from),
        envoy: super::role_links::is_envoy(text, role_start, from),
        end: from,
        role_word_end: from,
        tail: None,
        lower_run: 0,
        after_capital: false,
        pair: false,
        named: false,
        first_org: None,
        // A person's full name right after the role word is the role's holder, not its
        // organization ("khách hàng Phạm Minh Tuấn, công nhân Lương Minh Quân đã …": the
        // bare role "công nhân" is Quân's).
        after_name: true,
        glued: false,
    };
    let mut pos = from;
    let mut commas = 0;
    // The word the read stopped at ([`Stop::Word`]).
    let mut stopped_at = None;
    // Where the comma-separated part being read starts.
    let mut part_start = from;
    let stop = 'read: {
        for _ in 0..MAX_TOKENS {
            if pos >= limit {
                break 'read stop_at(text, pos);
            }
            let rest = text.get(pos..limit).unwrap_or_default();
            if let Some(after) = rest.strip_prefix(", ") {
                let next = limit - after.len();
                let has_org_part = reader.end > from || reader.tail.is_some();
                let part = text.get(part_start..pos).unwrap_or_default();
                if has_org_part
                    && commas < MAX_COMMA_PARTS
                    && continues_after_comma(rt, part, next, limit)
                {
                    commas += 1;
                    part_start = next;
                    reader.confirm_tail();
                    // The space before the next part: the loop reads " WORD".
                    pos = next - 1;
                    continue;
                }
                break 'read Stop::Clean;
            }
            // A dash glued to the word before ("Tài chính- Kế toán") is read as " - ".
            let glued_dash = rest.starts_with("- ").then_some(pos);
            let Some(start) = rest
                .strip_prefix(' ')
                .map(|r| limit - r.len())
                .or(glued_dash)
            else {
                break 'read stop_at(text, pos);
            };
            match reader.word(rt, start, limit) {
                Some(next) => pos = next,
                None => {
                    stopped_at = Some(start);
                    break 'read Reader::stop_kind(rt, start);
                }
            }
        }
        Stop::Word
    };
    match stop {
        Stop::Clean => reader.confirm_tail(),
        Stop::SentenceEnd if !reader.named || reader.lower_run <= 1 => reader.confirm_tail(),
        // A verb right after a capitalized word's second syllable ("Bộ Lao động,
        // Thương binh và Xã hội cho biết").
        Stop::Word if reader.after_capital && reader.lower_run == 1 => reader.confirm_tail(),
        // "người phát ngôn của tỉnh tại …": the role's own unit (`super::role_links`).
        Stop::Word if super::role_links::of_own_unit(text, from, reader.tail) => {
            reader.confirm_tail()
        }
        // An occupation's lower-case modifiers before a verb ("công nhân môi trường bị
        // hành hung": `occupation.rs`).
        Stop::Word
            if super::occupation::keeps_tail(
                text,
                (role_start, from),
                reader.named,
                reader.lower_run,
                reader.tail,
                stopped_at,
            ) =>
        {
            reader.confirm_tail()
        }
        Stop::SentenceEnd | Stop::Word => {}
    }
    (reader.end, reader.first_org)
}

/// "ở" (at, in) right after the role word: the place the person lives or works follows
/// ("Anh Nguyễn Văn Hùng, ngư dân ở thị trấn Cửa Tùng, huyện Vĩnh Linh cho biết": the
/// gold's role is "ngư dân", real3-dev); after an organization part it belongs to the
/// organization's name ("Phó Chủ tịch Hội người Việt Nam ở Nhật Bản").
const RESIDENCE: &str = "ở";

/// The occupations of `roles.tsv` (its rows written in lower case: "thợ", "ca sĩ"),
/// lower-cased.
static OCCUPATIONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::extract::lexicon::LEXICON
        .roles
        .iter()
        .filter(|r| r.starts_with(char::is_lowercase))
        .cloned()
        .collect()
});

/// Whether the role word at `start..end` is an occupation: it starts a role but ends no
/// organization's name, where it is a word of the name ("Chủ tịch Hội Nông dân tỉnh",
/// "Chi cục trưởng Chi cục bảo vệ môi trường").
pub(super) fn is_occupation(text: &str, start: usize, end: usize) -> bool {
    let word = crate::extract::text::lower_aligned(text.get(start..end).unwrap_or_default());
    OCCUPATIONS.contains(&word)
}

/// The state of one read.
struct Reader<'o> {
    /// Whether the role word is a stage occupation (`super::stage`): a capitalized word
    /// after it is the holder's name, but for a country or an abbreviation.
    stage: bool,
    /// Whether the role word is an envoy's (`super::role_links`): "tại" / "ở" and a place
    /// after its country are the post's ("Đại sứ Việt Nam tại Qatar").
    envoy: bool,
    /// The end of the part read so far (the last capitalized word, organization or
    /// parenthesis).
    end: usize,
    /// The end of the role word: where the organization part starts.
    role_word_end: usize,
    /// The end of lower-case words read after `end`, kept when the read ends cleanly.
    tail: Option<usize>,
    /// Lower-case words in a row.
    lower_run: usize,
    /// Whether the last word read is a capitalized word (not an organization span or a
    /// type noun): one lower-case word after it is its second syllable ("Xã hội").
    after_capital: bool,
    /// Whether a proper name was read (an organization span or a capitalized word other
    /// than a type noun): see [`Stop::SentenceEnd`].
    named: bool,
    /// The first organization span taken.
    first_org: Option<&'o OrgSpan>,
    /// Whether the last word read is a glued pair whose second half is capitalized
    /// ("chức-Hành" of "Tổ chức-Hành chính"): the next lower-case word is that half's
    /// second syllable ([`glued_capital`]).
    pair: bool,
    /// Whether the last thing read is the role word, an organization span or a capitalized
    /// word: a person's name after it is the next person's, not part of the role ("…, Bộ trưởng Bộ Nội vụ Lê
    /// Vĩnh Tân nói", "…, Phó Chủ tịch VFF Trần Quốc Tuấn nói"). Since stop 20 also a
    /// capitalized unit noun ("Chính phủ", "Quốc hội") or a capitalized word's lower-case
    /// second syllable ("Thương mại"): "Tổng Bí thư Nguyễn Phú Trọng, Thủ tướng Chính phủ
    /// Nguyễn Xuân Phúc" gave Trọng "Thủ tướng Chính phủ Nguyễn Xuân Phúc".
    after_name: bool,
    /// Whether the last thing read is an organization span with the glued abbreviation it
    /// cut (`super::glued`): it ends the name, the read stops at the next word.
    glued: bool,
}

impl<'o> Reader<'o> {
    fn confirm_tail(&mut self) {
        if let Some(tail) = self.tail.take() {
            self.end = tail;
        }
        self.lower_run = 0;
    }

    fn accept(&mut self, end: usize) -> usize {
        self.end = end;
        self.tail = None;
        self.lower_run = 0;
        self.after_capital = false;
        self.pair = false;
        end
    }

    /// Accepts a unit noun of `role_unit_nouns.tsv` ending at `end`: a person's name after a
    /// capitalized one ("Chính phủ", "Quốc hội") is the next person's (stop 20).
    fn accept_unit_noun(&mut self, end: usize, noun: &str) -> usize {
        self.after_name = noun.starts_with(char::is_uppercase);
        self.accept(end)
    }

    /// Whether a role word other than an occupation starts at `start`: a second role, where
    /// the read stops; not one right after "ROLE của", the other holder's post, a word of
    /// this role ("người phát ngôn của Tổng thống Nga", `super::role_links`).
    fn second_role_at(&self, rt: &RoleText<'o>, start: usize) -> bool {
        let text = rt.text;
        rt.role_word_at(start)
            .is_some_and(|end| !is_occupation(text, start, end))
            && !super::role_links::role_word_after_of(text, self.role_word_end, start)
    }

    /// After an envoy's country, "tại" / "ở" before a capitalized place at `start`: the
    /// place of the post ("Đại sứ Việt Nam tại Qatar", `super::role_links`), read as a
    /// lower-case word the place confirms; its end, else `None`.
    /// Since stop 24 also "tại" after any role before an organization mention or a known
    /// place: the holder's workplace ("chuyên gia tại Viện Hòa bình quốc tế Carnegie",
    /// `super::role_links::works_at`).
    fn post_place_link(&mut self, rt: &RoleText<'o>, start: usize) -> Option<usize> {
        let text = rt.text;
        let posted = (self.envoy && self.named && self.lower_run == 0)
            .then(|| super::role_links::posted_at(text, start))
            .flatten();
        let end = posted.or_else(|| super::role_links::works_at(rt, start))?;
        self.lower_run += 1;
        self.tail = Some(end);
        self.after_capital = false;
        self.after_name = false;
        Some(end)
    }

    /// Reads the organization span at `start`, with the glued abbreviation it cuts
    /// (`super::glued`): its end, else `None`.
    fn organization(&mut self, rt: &RoleText<'o>, start: usize, limit: usize) -> Option<usize> {
        let text = rt.text;
        let org = rt
            .org_at(start)
            .filter(|o| o.end <= limit && !opener_ends(text, o.start, o.end))?;
        self.first_org.get_or_insert(org);
        self.named = true;
        let end = super::glued::glued_end(text, org.end, limit);
        self.accept(end);
        self.after_name = true;
        self.glued = end > org.end;
        Some(end)
    }

    /// Reads the word (or organization, parenthesis, " - ") at `start`: where the read goes
    /// on, or `None` when it stops there.
    fn word(&mut self, rt: &RoleText<'o>, start: usize, limit: usize) -> Option<usize> {
        let text = rt.text;
        if self.glued {
            // "Bệnh viện Bệnh Nhiệt đới TP.HCM Người nhà …": a caption without its full
            // stop; the glued abbreviation ends the name (`super::glued`).
            return None;
        }
        if let Some(end) = self.organization(rt, start, limit) {
            return Some(end);
        }
        if std::mem::take(&mut self.after_name) && person_name_at(text, start, limit) {
            return None;
        }
        if self.second_role_at(rt, start) {
            return None;
        }
        let rest = text.get(start..limit).unwrap_or_default();
        if rest.starts_with('(') {
            let close = paren_end(rest).filter(|_| self.lower_run <= MAX_LOWER_BEFORE_PAREN)?;
            return Some(self.accept(start + close));
        }
        if let Some(after) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("– ")) {
            let next = limit - after.len();
            // A capitalized word joins ("Tài chính - Kế toán"); a lower-case one that is no
            // verb joins as a tail ("Phẫu thuật gây mê - hồi sức, Bệnh viện …").
            let joins = rt.role_word_at(next).is_none()
                && !is_stop_at(text, next)
                && !is_title_at(text, next)
                && text
                    .get(next..)
                    .is_some_and(|r| r.chars().next().is_some_and(char::is_alphanumeric));
            if joins && text.get(next..).is_some_and(starts_upper_or_digit) {
                self.confirm_tail();
            } else if joins {
                // The lower-case words before the dash are a word of the name: the run
                // after it is counted afresh.
                self.lower_run = 0;
                self.after_capital = false;
            }
            return joins.then_some(next - 1);
        }
        let end = token_end(text, start).min(limit);
        let word = text.get(start..end).unwrap_or_default();
        if word.is_empty() || word.len() > MAX_TOKEN_BYTES || ends_as_title(text, start, end, word)
        {
            return None;
        }
        // A lower-case noun ("công đoàn", "công ty") names the role's own unit only right
        // after the role word or another such noun ("Chủ tịch công đoàn công ty"), not
        // further on in the sentence ("… LĐLĐ tỉnh và toàn bộ cán bộ công đoàn …").
        // Also right after a capitalized word's second syllable: the department's own
        // company ("Phó trưởng phòng Nhân sự công ty nói").
        let lower_fits =
            !self.named && self.lower_run == 0 || self.after_capital && self.lower_run == 1;
        if let Some(noun) = UNIT_NOUNS.iter().find(|n| {
            rest.starts_with(n.as_str())
                && word_end(text, start + n.len())
                && (lower_fits || !n.starts_with(char::is_lowercase))
        }) {
            return Some(self.accept_unit_noun(start + noun.len(), noun));
        }
        if let Some(end) = self.post_place_link(rt, start) {
            return Some(end);
        }
        if is_stop_at(text, start) || and_a_name(text, start, end, limit) {
            return None;
        }
        if word == RESIDENCE && self.end == self.role_word_end && self.tail.is_none() {
            // "ngư dân ở thị trấn Cửa Tùng": where the person lives or works, no
            // organization of the role.
            return None;
        }
        let number = word.starts_with(|c: char| c.is_ascii_digit());
        // A number belongs to a name after a word of it ("quận 11", "Trường Tiểu học số
        // 1"), not after a long run of lower-case words ("… giải phóng mặt bằng ở 2").
        let number_fits = self.lower_run <= MAX_LOWER_BEFORE_NUMBER
            || text.get(..start).is_some_and(|h| h.ends_with("số "));
        if self.stage && word.starts_with(char::is_uppercase) {
            // "ca sĩ Mỹ Ariana Grande", "diễn viên TVB Huỳnh Nhật Hoa"; "ca sĩ Ưng Hoàng
            // Phúc": the name starts.
            let country_end = super::stage::country_at(text, start);
            let end = country_end.or(super::stage::is_abbreviation(word).then_some(end))?;
            self.named = true;
            self.accept(end);
            self.after_name = true;
            return Some(end);
        }
        let pair = glued_capital(word);
        if pair || starts_upper_or_digit(word) && (!number || number_fits) {
            self.named = true;
            self.accept(end);
            self.pair = pair;
            // An abbreviation ("BR-VT") has no second syllable.
            self.after_capital = word.chars().any(char::is_lowercase);
            self.after_name = !number;
            return Some(end);
        }
        if number {
            return None;
        }
        if std::mem::take(&mut self.pair) && !FUNCTION_WORDS.contains(&word) {
            // "Tổ chức-Hành chính": the second syllable of the pair's capitalized half.
            return Some(self.accept(end));
        }
        if FUNCTION_WORDS.contains(&word) {
            // "và", "các": no second syllable of the word before.
            self.after_capital = false;
        }
        if self.lower_run >= MAX_LOWER_RUN {
            return None;
        }
        self.after_name = self.after_capital && self.lower_run == 0;
        self.lower_run += 1;
        self.tail = Some(end);
        Some(end)
    }

    /// How a read that stopped at the word at `start` ended: at " - " or a parenthesis
    /// cleanly, else at a word.
    fn stop_kind(rt: &RoleText<'_>, start: usize) -> Stop {
        let rest = rt.text.get(start..).unwrap_or_default();
        // "và" before the next person's name ends the role as a comma does: the lower-case
        // words before it are the role's ("Chủ tịch HĐQT Công ty Trục vớt luồng hạ lưu và Trần Anh
        // Thuận").
        let and_name = || and_a_name(rt.text, start, token_end(rt.text, start), rt.text.len());
        if rest.starts_with("- ") || rest.starts_with("– ") || rest.starts_with('(') || and_name()
        {
            Stop::Clean
        } else {
            Stop::Word
        }
    }
}

/// Whether `word` is a lower-case syllable glued by a dash to a capitalized one: the seam
/// of a pair of two-syllable names written without spaces ("Trưởng phòng Tổ
/// chức-Hành chính", "Tài chính-Kế toán"), a word of the name, not of a predicate.
fn glued_capital(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word
            .split_once('-')
            .is_some_and(|(_, after)| after.starts_with(char::is_uppercase))
}

/// Whether the organization mention at `start..end` ends with a capitalized sentence
/// opener of `role_stops.tsv` ("Qua", "Theo"): the organization extractor ran it into a
/// sentence whose full stop is missing ("Hiệu trưởng ĐH Bách Khoa Hà Nội Qua các đợt kiểm
/// tra …", "Chi cục trưởng Chi cục Thủy sản Theo Nhóm PV", general-10k), and the role is
/// read word by word instead. Only the last word: inside a name an opener is a word of it
/// ("Hội đồng Tối cao về Y tế", "Trung tâm Sáng tạo xanh").
fn opener_ends(text: &str, start: usize, end: usize) -> bool {
    let span = text.get(start..end).unwrap_or_default();
    span.rfind(' ').is_some_and(|i| {
        let at = start + i + 1;
        text.get(at..)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
            && is_stop_at(text, at)
    })
}

/// Nouns whose first syllable is a stop word of `role_stops.tsv`: they go on with a name
/// ("Ban Quản lý dự án Thăng Long", "Giám đốc Ban Quản lý dự án 2"). Corpus-real, gold
/// left out: of 40 "dự án" after a type word, a capitalized word and up to three lower-case
/// words, 35 are "Ban Quản lý dự án", none the verb "dự" (attend).
const NOT_STOPS: &[&str] = &["dự án"];

/// Whether a stop word or phrase (`role_stops.tsv`) starts at `pos`: a verb or particle
/// after a body's name ends it (the organization grammar reads it too).
pub(crate) fn is_stop_at(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or_default();
    if NOT_STOPS
        .iter()
        .any(|n| rest.starts_with(n) && word_end(text, pos + n.len()))
    {
        return false;
    }
    STOPS
        .starting(rest)
        .iter()
        .any(|s| rest.starts_with(s.as_str()) && word_end(text, pos + s.len()))
}

/// Whether the word at `start..end` is "và" (and) before a person's full name: the next
/// item of a list of people, whose name ends this role ("Phạm Hữu Đỗ, Phó chủ tịch UBND xã
/// và Phạm Hữu Toán, cán bộ tư pháp xã Phượng Hoàng"; "Hoàng Thế Trung, nguyên Giám đốc
/// và Nguyễn Văn Khải, nguyên Phó giám đốc …"; stop 26: 9 roles of corpus-real ran on
/// over "và NAME").
/// Only a Vietnamese family name starts that name: a foreign one may be a company's
/// ("Honda Motorcycle và Scooter India Pvt. Ltd", general-10k).
fn and_a_name(text: &str, start: usize, end: usize, limit: usize) -> bool {
    let next = end + 1;
    let family = text.get(next..token_end(text, next).min(limit));
    text.get(start..end) == Some("và")
        && text.get(end..next) == Some(" ")
        && family.is_some_and(|f| {
            crate::extract::lexicon::LEXICON
                .surnames
                .iter()
                .any(|s| s == f)
        })
        && person_name_at(text, next, limit)
}

/// Whether a title ("ông", "đồng chí") starts at `pos`.
fn is_title_at(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or_default();
    TITLES_AT.starting(rest).iter().any(|t| rest.starts_with(t))
}

/// The end (after ")") of the parenthesis opening `rest`, when it is part of a name: it
/// starts with a capital, holds no digit, colon or line break, and closes within
/// [`MAX_PAREN_BYTES`].
fn paren_end(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('(')?;
    if !inner.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    for (i, c) in inner.char_indices() {
        if i > MAX_PAREN_BYTES || c.is_ascii_digit() || matches!(c, '(' | ':' | '\n') {
            return None;
        }
        if c == ')' {
            return Some(i + 2);
        }
    }
    None
}

/// Whether a person's full name starts at `pos`: a foreign name written alone
/// ([`super::foreign`]: "Ngoại trưởng Australia Julia Bishop"), or a family name and two or
/// three title-case syllables ("Lê Vĩnh Tân"; "Nông Lâm TP.HCM" is no name), not a place's name ("Hà Nội")
/// and not after a word that makes it a street's, school's or hospital's
/// (`name_not_after.tsv`).
pub(super) fn person_name_at(text: &str, pos: usize, limit: usize) -> bool {
    if super::foreign::untitled_at(text, pos) {
        return true;
    }
    let end = token_end(text, pos).min(limit);
    let word = text.get(pos..end).unwrap_or_default();
    if !crate::extract::lexicon::LEXICON
        .surnames
        .iter()
        .any(|s| s == word)
    {
        return false;
    }
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    // The syllables follow the family name after a space each; only the last may carry
    // punctuation ("Lê Vĩnh Tân,"; "Ninh Kiều, Nguyễn Trần Lưu" is no name).
    let rest = text.get(end..limit).unwrap_or_default();
    let given = rest
        .strip_prefix(' ')
        .unwrap_or_default()
        .split(' ')
        .take(MIN_GIVEN_SYLLABLES)
        .enumerate()
        .map(|(i, w)| {
            if i + 1 == MIN_GIVEN_SYLLABLES {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
            } else {
                w
            }
        })
        .take_while(|w| title_case(w))
        .count();
    given == MIN_GIVEN_SYLLABLES
        && !super::names::names_no_person(text, pos)
        && crate::extract::lexicon::LEXICON
            .place_at(text, pos)
            .is_none()
}

/// The title-case syllables after a family name that make a full name in
/// [`person_name_at`].
const MIN_GIVEN_SYLLABLES: usize = 2;

/// The level words of a commune: a commune's name is not unique in the country, so the
/// press writes its district after a comma ("Chủ tịch xã Hòa Sơn, huyện Hòa Vang, TP Đà
/// Nẵng"), where a district's or a body's name is written without its province
/// ("Giám đốc Bệnh viện Đa khoa huyện An Dương, thành phố Hải Phòng cho biết": the role
/// ends before the comma, as the gold sets write it).
const COMMUNE_WORDS: [&str; 3] = ["xã ", "phường ", "thị trấn "];

/// Level words written short before a place's name or number ("Q.1", "P.Hương Xuân",
/// "TX.Hương Trà"): a part that starts with one is a place.
const SHORT_LEVEL_WORDS: [&str; 5] = ["Q.", "P.", "H.", "TX.", "TT."];

/// Whether a place part after a comma may follow `part`, the comma-separated part of a role
/// read before it: one that is a place itself ("huyện Hòa Vang", then ", TP Đà Nẵng") or
/// that names a commune ("xã Hòa Sơn", "UBND phường 5").
fn place_may_follow(part: &str) -> bool {
    let part = part.trim_start();
    let place = |level: &&str| {
        part.strip_prefix(*level).is_some_and(|r| {
            r.strip_prefix(' ')
                .or_else(|| level.ends_with('.').then_some(r))
                .is_some_and(starts_upper_or_digit)
        })
    };
    LEVEL_WORDS.iter().any(place)
        || SHORT_LEVEL_WORDS.iter().any(place)
        || COMMUNE_WORDS.iter().any(|commune| {
            part.match_indices(commune).any(|(i, _)| {
                let at_word_start = part
                    .get(..i)
                    .is_some_and(|h| h.is_empty() || h.ends_with(' '));
                at_word_start
                    && part
                        .get(i + commune.len()..)
                        .is_some_and(starts_upper_or_digit)
            })
        })
}

/// Whether the part after a comma at `next` continues the role whose last part read is
/// `part`: an organization, a level word and a place after a place part or a commune
/// ([`place_may_follow`]), or a capitalized name that is no role, title or person.
fn continues_after_comma(rt: &RoleText<'_>, part: &str, next: usize, limit: usize) -> bool {
    let text = rt.text;
    if rt.org_at(next).is_some_and(|o| o.end <= limit) {
        return true;
    }
    if rt.role_word_at(next).is_some() || is_title_at(text, next) {
        return false;
    }
    // "Chủ tịch LĐLĐ quận Long Biên, Ban Giám đốc và 40 công nhân": a word and a role
    // word after the comma are the next people named, no part of this role.
    let first_end = token_end(text, next).min(limit);
    let second = first_end + 1;
    if text.get(first_end..second) == Some(" ")
        && rt
            .role_word_at(second)
            .is_some_and(|end| !is_occupation(text, second, end))
    {
        return false;
    }
    let rest = text.get(next..limit).unwrap_or_default();
    let after_level = LEVEL_WORDS.iter().find_map(|level| {
        let after = rest.strip_prefix(level)?;
        after
            .strip_prefix(' ')
            .or_else(|| level.ends_with('.').then_some(after))
            .filter(|r| starts_upper_or_digit(r))
    });
    if after_level.is_some() {
        return place_may_follow(part);
    }
    let end = token_end(text, next).min(limit);
    let word = text.get(next..end).unwrap_or_default();
    let person = person_name_at(text, next, limit);
    word.chars().next().is_some_and(char::is_uppercase) && !person && !word.is_empty()
}

/// Whether the word `word` at `start..end` of `text` is a title that ends a role: not "Anh"
/// before a foreign name (the country, not the title: "Thủ tướng Anh Theresa May";
/// `foreign_places.tsv`), nor a place's syllable ("quận Hai Bà Trưng", stop 25).
fn ends_as_title(text: &str, start: usize, end: usize, word: &str) -> bool {
    let country = word == "Anh" && super::foreign::untitled_at(text, end + 1);
    is_title_at(text, start) && !country && !super::inside_name::place_syllable(text, start)
}
