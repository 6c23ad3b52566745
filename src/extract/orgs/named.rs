//! The grammars of organizations named by a type word and a proper name ("Tập đoàn Điện lực
//! Việt Nam", "Bệnh viện Đa khoa huyện Châu Thành", "Trung tâm Dịch vụ việc làm Hà Nội"), of
//! Party and union bodies of another organization ("Đảng ủy Khối các cơ quan Trung ương",
//! "Đảng bộ Bộ Xây dựng") and of national bodies named by their head alone ("Quốc hội").
//!
//! Where a name ends: a proper name is capitalized words, with at most
//! [`MAX_LOWER_RUN`] lower-case words between two capitalized ones ("Dịch vụ việc làm Hà
//! Nội"); it is cut back to its last capitalized word, so it never runs on into the verb
//! after it ("… Bạch Mai tiếp nhận"), and it stops before a family name that starts a
//! person's name after a lower-case word ("… cho biết Nguyễn Văn A"). A written place ("huyện
//! Châu Thành", "TP.HCM") or a parent organization ("… Bộ Xây dựng") ends it too.

mod dash;

use super::grammar::{ends_with_role, skip_definition, Parser};
use super::lower_company::hospital_named;
use super::place::place_tail;
use super::rules::{Head, RULES};
use super::words::{joined_abbreviation, number_goes_on};
use super::youth_central::{as_parent, fixed_shape, is_central};
use super::{Need, OrgSpan};
use crate::extract::lexicon::LEXICON;
use crate::extract::people::{country_at, role_stop_at};
use crate::extract::text::{
    after_space, any_literal_at, is_capitalized, literal_at, next_word, word_at, word_before,
    word_end,
};
use crate::legacy::is_vietnamese_syllable;
use crate::record::{AdminLevel, OrganizationKind as Kind};

/// The most words of a proper name after its type word: real names have a handful.
const MAX_NAMED_WORDS: usize = 10;

/// The most lower-case words in a row inside a proper name ("Dịch vụ việc làm Hà Nội"):
/// a longer run is the sentence going on.
const MAX_LOWER_RUN: usize = 3;

/// The most lower-case words after a lone capitalized word that still end a name where
/// the phrase ends, its compound's second syllable included ("Chính sách xã hội,", "Vụ Hợp
/// tác quốc tế,", "Tổ chức Y tế thế giới (WHO)"; the third not at a sentence's end, general-10k
/// before a sentence's end 5 of 14 right, before a comma, colon or parenthesis about 110 of
/// 125); more is the sentence going on ("Trung ương tổ chức …").
const MAX_PHRASE_END_RUN: usize = 3;

/// The most lower-case words between a two-syllable type word and its proper name: six
/// ("Trung tâm điều dưỡng phục hồi chức năng Sầm Sơn", "Trung tâm dự báo khí tượng thủy văn
/// Trung ương": corpus-real has 39 runs of six after Trung tâm, Bệnh viện, Ngân hàng, …,
/// those without a stop word mostly names, stop 19); longer, they are a clause.
const MAX_LOWER_LEAD: usize = 6;

/// The most words after the lower-case run of a lone capitalized word's compound that may
/// lead on to the written place or country that ends the name ("Trung tâm Dự báo nhu cầu
/// nhân lực **và Thông tin thị trường lao động TP.HCM**").
const MAX_LONG_RUN: usize = 12;

/// Capitalized event nouns after which "Tổ chức" is the verb "organize" ("Tổ chức Hội nghị
/// tổng kết"), not an organization's type word ("Tổ chức Lao động quốc tế").
const EVENT_NOUNS: &[&str] = &[
    "Hội nghị",
    "Hội thảo",
    "Hội thi",
    "Hội diễn",
    "Lễ",
    "Đại hội",
    "Ngày hội",
    "Cuộc thi",
    "Chương trình",
    "Tuần lễ",
    "Liên hoan",
];

/// The most digits of a unit's number ("Xí nghiệp Vận chuyển số 1", "Đội CSGT số 14").
const MAX_UNIT_NUMBER_DIGITS: usize = 3;

/// The type words of missions abroad, named with the country they are in ("Đại sứ quán
/// Việt Nam tại Nhật Bản").
const POSTED_ABROAD: &[&str] = &["Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"];

/// The most words of the country after a mission's "tại" ("tại LB Nga", "tại Hàn Quốc").
const MAX_HOST_WORDS: usize = 3;

/// A name read after a type word, before its end is known.
#[derive(Default)]
pub(super) struct NameRun {
    /// The words, abbreviations expanded.
    pub(super) words: Vec<String>,
    /// Where the name read so far may end: byte end and number of words.
    pub(super) last_capitalized: Option<(usize, usize)>,
    /// Lower-case words since the last capitalized one.
    pub(super) lower_run: usize,
    /// The last capitalized word stands alone (after the type word or a lower-case word):
    /// the first syllable of a compound whose second is lower-case ("Đa khoa", "Chính
    /// sách"), so the name goes on at least one word more.
    pub(super) lone: bool,
    /// The words so far are lower-case words that lead to the name ("Trung tâm **nghiên
    /// cứu** Bảo tồn"): its first capitalized word stands alone too.
    pub(super) after_lead: bool,
    /// The name starts with lower-case lead words, kept as written in its canonical name
    /// unless `org_lead_case.tsv` capitalizes them ([`Parser::run_name`]).
    pub(super) lead: bool,
    /// The end of the written place that a long run of lower-case words goes on to
    /// ([`Parser::long_run_to_place`]): up to it there is no limit on their number, and
    /// "và" and a capitalized part after it belong to the name.
    pub(super) place_end: Option<usize>,
    /// The name ends here, a written place excepted (an abbreviated "Trung ương" before a
    /// lower-case word).
    pub(super) closed: bool,
}

impl Parser<'_> {
    /// "Tập đoàn Điện lực Việt Nam", "Trường Đại học Bách khoa Hà Nội", "Đảng ủy Khối …":
    /// the type word `name` (its canonical spelling), then a proper name, a written place
    /// or a parent organization. `body`: a body of another organization ("Đảng ủy", "Chi
    /// bộ"), which may start lower-case and read its organization at once.
    pub(super) fn named(
        &self,
        name: &str,
        start: usize,
        head_end: usize,
        body: bool,
    ) -> Option<OrgSpan> {
        let text = self.text;
        let post = super::post_head::commission_after_post(text, name, start, head_end);
        if !post
            && (text.get(start..head_end) == Some("ban")
                || self.not_a_name_head(name, start, head_end)
                || super::inspectorate::not_named(text, name, start, head_end, self.published))
        {
            return None;
        }
        // Stop 26: lower-case "bệnh viện" names one hospital only before a proper name.
        let lower = name == "Bệnh viện" && text.get(start..).is_some_and(|h| h.starts_with('b'));
        if lower && !after_space(text, head_end).is_some_and(|p| hospital_named(text, start, p)) {
            return None;
        }
        // "Ban Giám đốc Sở Y tế tỉnh An Giang", "Ban Lãnh đạo Tổng công ty …": the leaders
        // of an organization, a group of people; the organization after them is the mention.
        if name == "Ban"
            && after_space(text, head_end)
                .is_some_and(|q| any_literal_at(text, q, &RULES.leadership).is_some())
        {
            return None;
        }
        let kind = if body && (name.starts_with('Đ') || name == "Chi bộ") {
            Kind::Party
        } else {
            Kind::Other
        };
        let mut pos = skip_definition(text, head_end);
        let mut run = NameRun::default();
        // "Trung tâm dạy nghề Minh Trang", "Bệnh viện đa khoa huyện Châu Thành": after a
        // type word of two syllables, lower-case words that lead to a proper name or a
        // written place.
        // An abbreviated type word counts as the words it stands for ("BV đa khoa Hùng Vương").
        let two_syllables =
            name.contains(' ') || text.get(start..head_end).is_some_and(|h| h.contains(' '));
        if !body && two_syllables {
            if let Some((words, end)) = self.lower_lead(pos, false) {
                run.words = words;
                run.after_lead = true;
                run.lead = true;
                pos = end;
                // "Xí nghiệp môi trường đô thị số 2": a lead that ends at its unit's number.
                if next_word(text, end).is_some_and(|(w, _, _)| w == "số") {
                    run.last_capitalized = Some((end, run.words.len()));
                    pos = self.take_unit_number(&mut run, end)?;
                }
            }
        }
        for i in 0..MAX_NAMED_WORDS + MAX_LONG_RUN {
            if i >= MAX_NAMED_WORDS && run.place_end.is_none() {
                break;
            }
            let parent_first = !body && run.words.is_empty() && self.parent_first(pos);
            if body || run.last_capitalized.is_some() || parent_first {
                if let Some(inner) = after_space(text, pos).and_then(|q| self.inner_at(q, true)) {
                    // After the name ("Ban Dân vận Thành ủy"), not after words that go on
                    // with the sentence.
                    // "Ban Chính sách pháp luật LĐLĐ Thành phố": lower-case words after a
                    // lone capitalized word are its compound's ("Chính sách pháp luật").
                    if run.lower_run == 0 || body || run.lone {
                        let unit = self.run_name(name, &run.words, run.lead);
                        let canonical = format!("{unit} {}", as_parent(&inner.full_canonical()));
                        let mut span = self.span(start, inner.end, canonical, kind);
                        span.level = inner.level;
                        span.area = inner.area;
                        span.need = inner.need;
                        return Some(span);
                    }
                }
            }
            // "Bệnh viện Đa khoa huyện Châu Thành": a written place after the name, or after
            // a lone capitalized word's compound.
            if run.lower_run == 0 || run.lone {
                if let Some(span) = self.named_with_place(name, start, pos, &run, kind) {
                    return Some(span);
                }
            }
            self.mark_phrase_end(&mut run, pos);
            if run.closed {
                break;
            }
            if let Some(end) = self.take_abbreviation(&mut run, pos) {
                pos = end;
                continue;
            }
            if let Some(end) = self.take_unit_number(&mut run, pos) {
                pos = end;
                continue;
            }
            // "Trung tâm Chăm sóc khách hàng": a continuation of a generic compound.
            if let Some(end) = self.take_continuation(name, &mut run, pos) {
                pos = end;
                continue;
            }
            let Some((word, _, end)) = next_word(text, pos) else {
                break;
            };
            if !self.take_name_word(&mut run, word, end, body) {
                break;
            }
            // "Thi đua - Khen thưởng", "Lao động-Tiền lương": a dash between two name words.
            let Some(after) = self.take_dash(&mut run, end, body) else {
                break;
            };
            pos = after;
        }
        self.named_span(name, start, &run, kind)
    }

    /// The mention of a name read after its type word `name`: cut back to where it may end,
    /// with a mission's host country and a bare unit type's reference back.
    fn named_span(&self, name: &str, start: usize, run: &NameRun, kind: Kind) -> Option<OrgSpan> {
        let (end, count) = run.last_capitalized?;
        let words = run.words.get(..count)?;
        let mut span = self.span(start, end, self.run_name(name, words, run.lead), kind);
        // "Đại sứ quán Việt Nam tại Nhật Bản": a mission is named with the country it is
        // in (general-10k 100 of 164 "Đại sứ quán" + a capitalized name go on with "tại").
        if let Some((host_end, host)) = POSTED_ABROAD
            .contains(&name)
            .then(|| self.host_country(end))
            .flatten()
        {
            span.end = host_end;
            span.canonical = format!("{} tại {host}", span.canonical);
        }
        // "Đảng ủy Trường", "Hội đồng Trường": the type word alone refers back to the
        // article's unit of that type.
        let joined = words.join(" ");
        if RULES.unit_references.contains(&joined.as_str()) && !self.capital_after(end) {
            span.need = Need::Unit(joined);
        }
        Some(span)
    }

    /// Whether the type word at `start..head_end` starts no name: a place that starts like
    /// it, a role word, a generic plural, or part of the capitalized name before it.
    fn not_a_name_head(&self, name: &str, start: usize, head_end: usize) -> bool {
        let text = self.text;
        // "Tổ chức Hội nghị …", "Tổ chức Lễ …": the verb "organize" before an event;
        // "Ban Tổ chức Trung ương": the Party's organization commission, a "Ban".
        if name == "Tổ chức"
            && (after_space(text, head_end)
                .is_some_and(|q| any_literal_at(text, q, EVENT_NOUNS).is_some())
                || word_before(text, start).is_some_and(|(_, w)| w == "Ban"))
        {
            return true;
        }
        // "Hội An", "Trường Sa": a place that starts like a type word.
        if LEXICON
            .place_at(text, start)
            .is_some_and(|(end, _)| end > head_end)
        {
            return true;
        }
        // "Đảng ủy viên": a role word; "các Ban LĐLĐ Thành phố": a generic plural
        // (GUIDELINES.md, Organizations).
        if next_word(text, head_end).is_some_and(|(w, _, _)| w == "viên")
            || super::after_determiner(text, start)
        {
            return true;
        }
        // "Tây Ban Nha", "Đỗ Kim Hội": a one-word type word right after a capitalized word
        // is part of that name, unless the word ends a role ("Phó Trưởng Ban …").
        let one_word = !text.get(start..head_end).is_some_and(|h| h.contains(' '));
        if one_word
            && word_before(text, start).is_some_and(|(_, w)| is_capitalized(w))
            && !ends_with_role(text, start)
        {
            return true;
        }
        false
    }

    /// Lower-case words after a type word of two syllables that lead to its proper name
    /// ("Trung tâm **dạy nghề** Minh Trang", "Nhà máy **may xuất khẩu** Hitexvinam") or to a
    /// written place ("Bệnh viện **đa khoa** huyện Châu Thành"): the words and their end.
    /// None when they run into a stop word, a verb (`role_stops.tsv`), a determiner, or
    /// lead to no name: a lower-case word, another organization's head, a title or a
    /// person's name ("Trung tâm thương mại lớn nhất" has no name; "Hội đồng xét xử TAND"
    /// is the court's).
    ///
    /// `trade`: the words name a company's trade ("Công ty **than** Dương Huy"), whose
    /// proper name may look like a person's.
    pub(super) fn lower_lead(&self, pos: usize, trade: bool) -> Option<(Vec<String>, usize)> {
        let text = self.text;
        let mut words = Vec::new();
        let mut p = pos;
        while let Some((word, word_start, end)) = next_word(text, p) {
            let numbered = word == "số"
                && !trade
                && next_word(text, end)
                    .is_some_and(|(w, _, _)| w.starts_with(|c: char| c.is_ascii_digit()));
            if is_capitalized(word)
                || word.starts_with(|c: char| c.is_ascii_digit())
                || (!words.is_empty() && (numbered || RULES.level_at(text, word_start).is_some()))
            {
                break;
            }
            if words.len() == MAX_LOWER_LEAD
                || RULES.name_stops.contains(&word)
                || RULES.determiners.contains(&word)
                || RULES.level_at(text, word_start).is_some()
                || (role_stop_at(text, word_start)
                    && !super::continuations::lead_compound_at(text, word_start, words.is_empty()))
            {
                return None;
            }
            words.push(word.to_string());
            p = end;
        }
        let (next, q, next_end) = next_word(text, p)?;
        if words.is_empty() {
            return None;
        }
        if RULES.level_at(text, q).is_some() {
            place_tail(text, p, self.published).filter(|t| t.area.is_some())?;
            return Some((words, p));
        }
        // "… môi trường đô thị số 2": the unit's number ends it (`named` reads it).
        if next == "số" && !trade {
            return Some((words, p));
        }
        let person = !trade
            && LEXICON.surnames.iter().any(|s| s == next)
            && self.capital_after(next_end)
            && LEXICON.place_at(text, q).is_none();
        let title = matches!(next, "Ông" | "Bà" | "Anh" | "Chị");
        // "Công ty mất tích Sau nhiều lần …": a capitalized sentence opener is a missing
        // full stop, no name.
        if !is_capitalized(next)
            || RULES.head_at(text, q).is_some()
            || person
            || title
            || role_stop_at(text, q)
        {
            return None;
        }
        Some((words, p))
    }

    /// An abbreviation at the word after byte `pos` that stands for several words, taken
    /// into the name: its end.
    fn take_abbreviation(&self, run: &mut NameRun, pos: usize) -> Option<usize> {
        let text = self.text;
        // "Viện KH&CN Nhiệt lạnh": an abbreviation of several words.
        if let Some((expansion, end)) =
            after_space(text, pos).and_then(|q| joined_abbreviation(text, q))
        {
            run.words.push(expansion.to_string());
            run.lower_run = 0;
            run.lone = false;
            run.last_capitalized = Some((end, run.words.len()));
            return Some(end);
        }
        // "Hội đồng Thi đua khen thưởng T.Ư": "Trung ương" abbreviated.
        if let Some(end) = after_space(text, pos)
            .and_then(|q| any_literal_at(text, q, &["T.Ư", "TƯ", "TW"]))
            .filter(|e| word_end(text, *e))
        {
            run.words.push("Trung ương".to_string());
            run.lower_run = 0;
            // A lower-case word after it is the sentence's ("Ban Tuyên giáo T.Ư làm Trưởng
            // đoàn", "BV Nhi TƯ tăng"): the name ends, its place excepted ("… TW TP.HCM").
            run.lone = false;
            run.closed = next_word(text, end).is_some_and(|(w, _, _)| !is_capitalized(w));
            run.last_capitalized = Some((end, run.words.len()));
            return Some(end);
        }
        None
    }

    /// " số 6" where the name may end, at byte `pos` ("Văn phòng Luật sư số 6", "Xí nghiệp
    /// Vận chuyển số 1 thuộc …"; general-10k 6, labour 9 after a type word and its name):
    /// the unit's number, part of its name, unless the number goes on as an amount ("số
    /// 1,5") or is a house number before its street: its end.
    fn take_unit_number(&self, run: &mut NameRun, pos: usize) -> Option<usize> {
        let text = self.text;
        if run.last_capitalized.is_none_or(|(end, _)| end != pos) {
            return None;
        }
        let (word, _, so_end) = next_word(text, pos)?;
        if word != "số" {
            return None;
        }
        let (number, _, end) = next_word(text, so_end)?;
        // "Bệnh viện Mắt Quốc Tế số 128 Bùi Thị Xuân": a house number before its street.
        if number.len() > MAX_UNIT_NUMBER_DIGITS
            || !number.chars().all(|c| c.is_ascii_digit())
            || number_goes_on(text, end)
            || self.capital_after(end)
        {
            return None;
        }
        run.words.push(word.to_string());
        run.words.push(number.to_string());
        run.lone = false;
        run.lower_run = 0;
        run.last_capitalized = Some((end, run.words.len()));
        Some(end)
    }

    /// Where the phrase ends at byte `pos` after lower-case words, the name may end there:
    /// after a lone capitalized word's compound ("Ngân hàng Chính sách xã hội,") or one
    /// syllable after a capitalized word ("… Nhiệt lạnh,").
    fn mark_phrase_end(&self, run: &mut NameRun, pos: usize) {
        // "Ngân hàng Chính sách xã hội,": after a lone capitalized word the name goes on
        // to where the phrase ends.
        // A third lower-case word only before a comma, a colon or an abbreviation's
        // parenthesis ("Tổ chức Y tế thế giới (WHO)", "Vụ Hợp tác quốc tế,"): before a
        // sentence's end the last two are mostly its verb ("Ban Bí thư quản lý.").
        if run.lone
            && (1..=MAX_PHRASE_END_RUN).contains(&run.lower_run)
            && self.phrase_ends(pos)
            && (run.lower_run < MAX_PHRASE_END_RUN || !self.sentence_ends(pos))
        {
            run.last_capitalized = Some((pos, run.words.len()));
        }
        // "… Nhiệt lạnh,": one lower-case word after a capitalized one, then punctuation,
        // is the second syllable of a compound.
        if run.lower_run == 1 && next_word(self.text, pos).is_none() {
            run.last_capitalized = Some((pos, run.words.len()));
        }
    }

    /// Reads one word into the name; false where the name stops before it.
    fn take_name_word(&self, run: &mut NameRun, word: &str, end: usize, body: bool) -> bool {
        let text = self.text;
        let numeric = word.starts_with(|c: char| c.is_ascii_digit());
        if numeric {
            // "Trường THCS Văn Lang 2," is a name; a number after a lower-case word, or one
            // the sentence goes on from ("Bệnh viện Bạch Mai 3 ngày"), is not.
            if run.last_capitalized.is_none()
                || run.lower_run > 0
                || !self.phrase_ends(end)
                || number_goes_on(text, end)
            {
                return false;
            }
            run.words.push(word.to_string());
            run.last_capitalized = Some((end, run.words.len()));
            run.lone = false;
            return true;
        }
        if is_capitalized(word) {
            // "Bảo hiểm xã hội Việt Nam Đào Việt Ánh": a person's name after the name ends
            // it (a first word may be a person's: "Bệnh viện Nguyễn Đình Chiểu"); a place
            // is no person ("Bách khoa Hà Nội").
            let word_start = end - word.len();
            let person = !run.words.is_empty()
                && LEXICON.surnames.iter().any(|s| s == word)
                && self.capital_after(end)
                && LEXICON.place_at(text, word_start).is_none();
            // "Hội Với …", "Ủy ban Các …": a capitalized stop word or determiner (a
            // title-cased headline).
            let lowered = word.to_lowercase();
            // "Hội Nhà báo Việt Nam Khi …": a sentence opener after the name is a missing
            // full stop.
            let stop = RULES.name_stops.contains(&lowered.as_str())
                || RULES.determiners.contains(&lowered.as_str())
                || (!run.words.is_empty() && RULES.openers.contains(&word));
            // "BHXH Việt Nam đề nghị Bộ Y tế": after lower-case words a capitalized word
            // goes on with the name only as its place ("Dịch vụ việc làm Hà Nội"), never as
            // the start of another organization.
            let new_sentence_part = run.lower_run > 0
                && (RULES.head_at(text, word_start).is_some()
                    || (run.lower_run > 1
                        && run.place_end.is_none_or(|e| end > e)
                        && !self.place_or_country_at(word_start)
                        && !self.proper_name_ends_at(word_start)));
            if person || stop || new_sentence_part || matches!(word, "Ông" | "Bà" | "Anh" | "Chị")
            {
                return false;
            }
            let acronym = word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase());
            // After a "và" that joins two parts the part starts a name again ("… việc làm
            // và Hỗ trợ doanh nghiệp").
            // A place is no compound's first syllable ("… cố đô Huế mới đến").
            let joined = run.words.last().is_some_and(|w| w == "và");
            // A brand is no compound's first syllable either: a word that is no Vietnamese
            // syllable ("Viettel", "WidAid", "Doji") takes no lower-case second syllable
            // ("Trung tâm Không gian mạng Viettel ưu tiên …", "Tập đoàn Viettel chi trả").
            run.lone = (run.words.is_empty() || run.lower_run > 0 || run.after_lead || joined)
                && !acronym
                && is_vietnamese_syllable(word)
                && LEXICON.place_at(text, word_start).is_none();
            run.after_lead = false;
            run.words.push(self.expand(word));
            run.lower_run = 0;
            run.last_capitalized = Some((end, run.words.len()));
            return true;
        }
        // "Bệnh viện Phổi tỉnh …": a level word with no place after it is no part of a name.
        if RULES.level_at(text, end - word.len()).is_some() {
            return false;
        }
        let first_lower_allowed = body && run.words.is_empty();
        // "Khoa học và Công nghệ" goes on; "… Trung ương và Tổng LĐLĐVN" is a second organization.
        // "BHXH Thái Bình và Hà Giang": two places, not one name.
        let joins_name = word == "và"
            && self.capital_after(end)
            && after_space(text, end).is_some_and(|q| {
                RULES.head_at(text, q).is_none()
                    && !self.place_or_country_at(q)
                    && !super::continuations::role_starts_at(text, q)
            });
        // "Trung tâm Bảo tồn di tích cố đô Huế vừa …": a verb or particle is the sentence.
        if (run.words.is_empty() && !first_lower_allowed)
            || RULES.name_stops.contains(&word) && !joins_name
            || role_stop_at(text, end - word.len())
            || run.lower_run == MAX_LOWER_RUN
        {
            // "Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM":
            // a longer run after a lone capitalized word's compound that leads to a written
            // place ending the phrase is the name.
            if let Some(e) = run.place_end.filter(|e| end <= *e).or_else(|| {
                (run.lone && run.lower_run > 0)
                    .then(|| self.long_run_to_place(end - word.len() - 1))
                    .flatten()
            }) {
                run.place_end = Some(e);
            } else {
                return false;
            }
        }
        run.words.push(word.to_string());
        // "Khoa học và Công nghệ", "Du lịch và Lữ hành": a "và" that joins two capitalized
        // parts is no lower-case word of the name, so the part after it goes on with it
        // (counted, it made "Viện Khoa học" of "Viện Khoa học và Công nghệ thuộc Bộ …").
        if joins_name {
            return true;
        }
        run.lower_run += 1;
        // "Bệnh viện Đa khoa …", "Vụ Kinh tế …": the second syllable of a lone capitalized
        // word's compound is part of the name.
        if run.lone && run.lower_run == 1 {
            run.last_capitalized = Some((end, run.words.len()));
        }
        true
    }

    /// Whether an organization that can be a parent starts right after byte `pos`, the
    /// type word's end ("Văn phòng Công ty than Dương Huy", "Văn phòng Bộ Công an"): the
    /// unit belongs to it. Not a national body named by its head: "Văn phòng Chính phủ" is
    /// the Government Office's own name.
    fn parent_first(&self, pos: usize) -> bool {
        let Some(q) = after_space(self.text, pos) else {
            return false;
        };
        RULES
            .head_at(self.text, q)
            .is_some_and(|(_, head)| !matches!(head, Head::Fixed(name) if !is_central(name)))
            && self.inner_at(q, false).is_some()
    }

    /// " tại Nhật Bản" after a mission's name at byte `pos`: the end of the capitalized
    /// words after "tại" (at most [`MAX_HOST_WORDS`]) and the words.
    fn host_country(&self, pos: usize) -> Option<(usize, String)> {
        let text = self.text;
        let (word, _, mut end) = next_word(text, pos)?;
        if word != "tại" {
            return None;
        }
        let mut words = Vec::new();
        while words.len() < MAX_HOST_WORDS {
            // "tại Vương quốc Anh": a lower-case syllable between capitalized words.
            let Some((w, _, e)) = next_word(text, end).filter(|(w, _, e)| {
                is_capitalized(w)
                    || (!words.is_empty()
                        && !RULES.name_stops.contains(w)
                        && self.capital_after(*e))
            }) else {
                break;
            };
            words.push(w);
            end = e;
        }
        (!words.is_empty()).then(|| (end, words.join(" ")))
    }

    /// Whether a proper name of two or more capitalized words that ends the phrase starts at
    /// byte `pos` ("Ban Quản lý dự án Thăng Long,"): after lower-case words, the name the
    /// unit is called by; a capitalized word that the sentence goes on from is not.
    fn proper_name_ends_at(&self, pos: usize) -> bool {
        let text = self.text;
        let mut count = 0;
        let mut p = pos;
        while let Some((word, end)) = word_at(text, p) {
            if !is_capitalized(word) || (count > 0 && RULES.head_at(text, p).is_some()) {
                return false;
            }
            count += 1;
            match after_space(text, end) {
                Some(q) if word_at(text, q).is_some() => p = q,
                _ => return count >= 2 && self.phrase_ends(end),
            }
            // "Ban Quản lý dự án Thăng Long là đại diện …": a verb or particle after it ends
            // the phrase too.
            if count >= 2
                && next_word(text, end).is_some_and(|(w, q, _)| {
                    w.starts_with(char::is_lowercase) && role_stop_at(text, q)
                })
            {
                return true;
            }
        }
        false
    }

    /// The end of the written place or the country that the words after byte `pos` (a space)
    /// lead to where the phrase ends, within [`MAX_LONG_RUN`] words: lower-case words that are no
    /// stop word, determiner, verb (`role_stops.tsv`), level word or number, "và", and
    /// capitalized words after "và" that start no other organization ("nhu cầu nhân lực và
    /// Thông tin thị trường lao động TP.HCM,", "… lao động TPHCM cho rằng").
    fn long_run_to_place(&self, pos: usize) -> Option<usize> {
        let text = self.text;
        let ends_phrase = |end: usize| {
            self.phrase_ends(end)
                || next_word(text, end).is_some_and(|(w, q, _)| {
                    w.starts_with(char::is_lowercase) && role_stop_at(text, q)
                })
        };
        let mut p = pos;
        let mut capital_allowed = false;
        for _ in 0..MAX_LONG_RUN {
            if let Some(tail) = place_tail(text, p, self.published).filter(|t| t.area.is_some()) {
                return ends_phrase(tail.end).then_some(tail.end);
            }
            let (word, q, end) = next_word(text, p)?;
            // "Viện Chính sách lao động và đào tạo Nhật Bản": another country
            // (`role_countries.tsv`) ends it too.
            if let Some(country_end) = any_literal_at(text, q, &["Việt Nam", "VN"])
                .or_else(|| country_at(text, q).filter(|_| is_capitalized(word)))
            {
                return ends_phrase(country_end).then_some(country_end);
            }
            if is_capitalized(word) {
                if !capital_allowed || RULES.head_at(text, q).is_some() {
                    return None;
                }
            } else if word == "và" {
                capital_allowed = true;
            } else if RULES.name_stops.contains(&word)
                || RULES.determiners.contains(&word)
                || RULES.level_at(text, q).is_some()
                || role_stop_at(text, q)
            {
                return None;
            } else {
                capital_allowed = false;
            }
            if word.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            p = end;
        }
        None
    }

    /// Whether a place of the gazetteer or "Việt Nam" ("VN") starts at byte `pos`.
    fn place_or_country_at(&self, pos: usize) -> bool {
        LEXICON.place_at(self.text, pos).is_some()
            || any_literal_at(self.text, pos, &["Việt Nam", "VN"]).is_some()
    }

    /// Whether the phrase ends at byte `pos`: punctuation or a line end follows ("Viện Cơ
    /// khí Động lực, …"). A stop word does not end it ("Chính sách cùng với …" has gone on
    /// into the sentence).
    fn phrase_ends(&self, pos: usize) -> bool {
        next_word(self.text, pos).is_none()
    }

    /// Whether the sentence ends at byte `pos`: a full stop, "!", "?", a quote, a line end
    /// or the text's end follows (spaces skipped).
    fn sentence_ends(&self, pos: usize) -> bool {
        self.text
            .get(pos..)
            .and_then(|r| r.trim_start_matches(' ').chars().next())
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '\n' | '…'))
    }

    /// Whether the word after byte `pos` is capitalized ("Khoa học và Công nghệ").
    pub(super) fn capital_after(&self, pos: usize) -> bool {
        next_word(self.text, pos).is_some_and(|(w, _, _)| is_capitalized(w))
    }

    /// The name so far and a place written with its level word after byte `pos` ("Bệnh
    /// viện Đa khoa huyện Châu Thành", "Trung tâm … TP.HCM"). A bare province name stays part
    /// of the name as written ("Trường Đại học Bách khoa Hà Nội").
    fn named_with_place(
        &self,
        name: &str,
        start: usize,
        pos: usize,
        run: &NameRun,
        kind: Kind,
    ) -> Option<OrgSpan> {
        let text = self.text;
        let words = &run.words;
        let q = after_space(text, pos)?;
        // "Trung tâm Y tế Dự phòng tỉnh": a level word written lower-case without its place
        // is a partial mention, completed like "Sở Y tế tỉnh" (the article's place); not
        // "Chính sách xã hội" (a compound), "Trường THPT Thành phố" (a name) or "Vận tải
        // các tỉnh" (a plural).
        let bare_level = |t: &super::place::PlaceTail| {
            t.level.is_some()
                && word_at(text, q).is_some_and(|(w, _)| !is_capitalized(w))
                && next_word(text, t.end).is_none_or(|(w, _, _)| w != "hội")
                && !words
                    .last()
                    .is_some_and(|w| RULES.determiners.contains(&w.as_str()))
        };
        let tail =
            place_tail(text, pos, self.published).filter(|t| t.area.is_some() || bare_level(t))?;
        // "TPHCM" is written with its level word, as "TP.HCM" and "TP HCM" are.
        let level_written = RULES.level_at(text, q).is_some()
            || text.get(q..tail.end).is_some_and(|s| s.starts_with("TP"));
        if !level_written {
            return None;
        }
        let head = self.run_name(name, words, run.lead);
        let span = self.span(start, pos, head.clone(), kind);
        Some(self.with_tail(span, Some(tail), &head))
    }

    /// A complete organization at byte `pos` that can close a name as its parent ("Bộ Xây
    /// dựng", "Công an TP Đà Nẵng", "LĐLĐ thành phố Hà Nội", a company: "Chi nhánh Công ty
    /// cổ phần Gang thép Thái Nguyên - Mỏ than Phấn Mễ"): heads whose grammar does not
    /// read a proper name itself, so that reading a name never recurses. `partial`: a
    /// mention that still needs its place counts too.
    pub(super) fn inner_at(&self, pos: usize, partial: bool) -> Option<OrgSpan> {
        let (head_end, head) = RULES.head_at(self.text, pos)?;
        let allowed = matches!(
            head,
            Head::Justice(_)
                | Head::PeopleCommittee
                | Head::PeopleCouncil
                | Head::Office(_)
                | Head::Agency(_)
                | Head::Federation
                | Head::TongLd
                | Head::Committee(..)
                | Head::Fixed(_)
                | Head::BoChinhTri
                | Head::Front
                | Head::Youth
                | Head::Company
        );
        if !allowed || !word_at(self.text, pos).is_some_and(|(w, _)| is_capitalized(w)) {
            return None;
        }
        // A body may name a partial organization ("Đảng ủy cơ quan LĐLĐ thành phố", "Thanh
        // tra Sở Y tế"): it is completed like the organization would be.
        self.parse(head, pos, head_end).filter(|p| {
            p.need == Need::Nothing || (partial && super::units::completable(head, &p.need))
        })
    }

    /// "Quốc hội", "Chính phủ", "Trung ương Đảng": a national body, its canonical name
    /// fixed (`org_heads.tsv`); a following "Việt Nam" is part of the mention.
    pub(super) fn fixed(&self, name: &str, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let (kind, head_end) = fixed_shape(name, text, head_end);
        // "Luật Công an nhân dân": a law's title names no body (as "Chợ Tết Công đoàn", a
        // programme's, names none: GUIDELINES.md, Organizations).
        if word_before(text, start).is_some_and(|(_, w)| w == "Luật") {
            return None;
        }
        let mut span = self.span(start, head_end, name.to_string(), kind);
        if let Some(end) = after_space(text, head_end).and_then(|p| literal_at(text, p, "Việt Nam"))
        {
            span.end = end;
        } else if self.foreign_after(head_end) {
            // "Quốc hội Mỹ", "Chính phủ Malaysia": another country's (national.rs).
            return self.foreign_body(start, head_end);
        }
        span.level = Some(AdminLevel::TrungUong);
        Some(span)
    }
}
