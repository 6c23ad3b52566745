//! The name-level rules: titles before a name, the end of a name, lists of names, and
//! organization heads that start with a family name.

use std::sync::LazyLock;

use super::TITLES;
use crate::extract::lexicon::{phrases, LEXICON};
use crate::extract::orgs::ORG_HEADS;
use crate::extract::starts::{ByFirstByte, ByLastBytes};
use crate::extract::text::{word_end, word_start};
use crate::rules::Table;

/// `name_not_after.tsv`: words after which a name is a street's, school's or prize's.
pub static NAME_NOT_AFTER: Table = Table::new(
    "extract/rules/name_not_after.tsv",
    include_str!("../rules/name_not_after.tsv"),
    &["word"],
    &["word"],
);

/// The words of `name_not_after.tsv`, each with the space that follows it.
static NOT_AFTER: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&NAME_NOT_AFTER)
        .expect("the embedded name_not_after.tsv parses (tested)")
        .into_iter()
        .map(|w| format!("{w} "))
        .collect()
});

/// `year_names.tsv`: the years of the sexagenary cycle ("Đinh Dậu"), no person's name.
pub static YEAR_NAMES: Table = Table::new(
    "extract/rules/year_names.tsv",
    include_str!("../rules/year_names.tsv"),
    &["name"],
    &["name"],
);

/// The names of `year_names.tsv`.
static YEARS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(&YEAR_NAMES).expect("the embedded year_names.tsv parses (tested)"));

/// Whether `name` is exactly the name of a year of the sexagenary cycle ("Tết Đinh Dậu"):
/// a family name and a capitalized word that name no person.
pub(super) fn is_year_name(name: &str) -> bool {
    YEARS.iter().any(|y| y == name)
}

/// `person_verbs.tsv`: verbs of saying after a full name that make it a person's.
pub static PERSON_VERBS: Table = Table::new(
    "extract/rules/person_verbs.tsv",
    include_str!("../rules/person_verbs.tsv"),
    &["verb"],
    &["verb"],
);

/// The verbs of `person_verbs.tsv`, each with the space before it.
static VERBS: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&PERSON_VERBS)
        .expect("the embedded person_verbs.tsv parses (tested)")
        .into_iter()
        .map(|v| format!(" {v}"))
        .collect()
});

/// The fewest words of a name that a verb of saying makes a person's without a title or
/// role (a family name and two given syllables: "Nguyễn Văn Dũng cho biết").
const MIN_WORDS_BEFORE_VERB: usize = 3;

/// Whether the name `start..end` has at least [`MIN_WORDS_BEFORE_VERB`] words and a verb of
/// saying (`person_verbs.tsv`) follows it.
pub(super) fn says_after(text: &str, start: usize, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    // Every verb is written after a space, and only the verbs whose first letter follows
    // it are compared (stop 20: the whole list at every name).
    let Some(after_space) = rest.strip_prefix(' ') else {
        return false;
    };
    let words = text.get(start..end).map_or(0, |n| n.split(' ').count());
    words >= MIN_WORDS_BEFORE_VERB
        && !NOT_SAYING.iter().any(|idiom| rest.starts_with(idiom))
        && VERBS_BY_FIRST
            .starting(after_space)
            .iter()
            .any(|v| rest.starts_with(v) && word_end(text, end + v.len()))
}

/// The verbs of [`VERBS`] by the first byte after their space ([`says_after`]).
static VERBS_BY_FIRST: LazyLock<ByFirstByte<&'static str>> = LazyLock::new(|| {
    let verbs: &'static [String] = &VERBS;
    ByFirstByte::new(
        verbs
            .iter()
            .map(|v| (v.strip_prefix(' ').unwrap_or(v), v.as_str())),
    )
});

/// Whether an age or a year of birth in parentheses follows the name ending at `end`
/// ("Phạm Thị Bích Diệp (32 tuổi, ngụ …)", "(SN 1985, …)"): only people are written with one
/// (corpus-real: 1,929 such names after a family name, none of 40 sampled a place or a
/// body's); or one between commas ("Mizuki Yamada, 23 tuổi, chia sẻ …": corpus-real, 172
/// capitalized runs before ", N tuổi, ", none of 40 sampled a place's or a body's).
pub(super) fn aged_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    rest.strip_prefix(" (")
        .and_then(super::age::age_end)
        .is_some()
        || rest
            .strip_prefix(", ")
            .and_then(super::age::age_len)
            .is_some()
}

/// Level words of a place ("phường Lý Thái Tổ"): a name right after one is the place's, and a
/// verb after it is the place's body's ("công an phường Lý Thái Tổ cho biết"), so such a
/// name is a person's only with a title or a role.
const LEVEL_WORDS: [&str; 8] = [
    "phường ",
    "xã ",
    "quận ",
    "huyện ",
    "tỉnh ",
    "thị xã ",
    "thị trấn ",
    "thành phố ",
];

/// Words of a person's legacy written before the name of a unit named after a person: the
/// name is the person's ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh").
/// Counted in corpus-real (labour.jsonl and general-10k) as the words before "Hồ Chí Minh":
/// phong cách 28, tư tưởng 12, đạo đức 7 (against "Thành phố" 248, "Chủ tịch" 105, "chiến
/// dịch" 7, "Bảo tàng" 5, none of which this list holds).
const LEGACY_WORDS: [&str; 3] = ["phong cách ", "tư tưởng ", "đạo đức "];

/// Whether a word of a person's legacy ([`LEGACY_WORDS`]) ends right before `start`.
pub(super) fn legacy_before(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    LEGACY_WORDS.iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|h| word_start(head, h.len()))
    })
}

/// Whether the places a name may name hold a unit named after a person (its `full_name`
/// in `provinces.tsv` holds its level word: "Thành phố Hồ Chí Minh", Decree 30/2020/NĐ-CP,
/// Appendix II).
pub(super) fn person_named(places: &[crate::extract::lexicon::Place]) -> bool {
    LEXICON
        .place_name(places)
        .is_some_and(|name| LEXICON.province_full_name(&name).is_some())
}

/// Whether the name starting at `start` follows a level word ([`LEVEL_WORDS`]).
pub(super) fn after_level_word(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    LEVEL_WORDS.iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|h| word_start(head, h.len()))
    })
}

/// Level words of a district-level unit, as written before its name ("TP Cao Lãnh",
/// "huyện Trần Văn Thời"), for [`district_after_level`].
const DISTRICT_LEVEL_WORDS: [&str; 12] = [
    "huyện ",
    "Huyện ",
    "quận ",
    "Quận ",
    "thị xã ",
    "Thị xã ",
    "thành phố ",
    "Thành phố ",
    "TP ",
    "TP.",
    "TX ",
    "TX.",
];

/// Whether the name at `start..end` is, whole, a district-level unit's name written after
/// its level word ([`DISTRICT_LEVEL_WORDS`]; `districts.tsv` and `district_units.tsv`):
/// the place, no person, even after a role word ("Chủ tịch UBND TP Cao Lãnh", "huyện Trần
/// Văn Thời": 11 people of corpus-real, labour.jsonl and general-10k, were such places,
/// stop 24). A longer name is a person's ("huyện Vũ Quang Huy" reads "Vũ Quang").
pub(super) fn district_after_level(text: &str, start: usize, end: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    DISTRICT_LEVEL_WORDS.iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|h| word_start(head, h.len()))
    }) && LEXICON
        .place_after_level_at(text, start)
        .is_some_and(|(place_end, _)| place_end == end)
}

/// "nói" in idioms that say nothing: "X nói riêng" (X in particular), "X nói chung" (X in
/// general), after a bridge's or a region's name as often as a person's.
const NOT_SAYING: [&str; 2] = [" nói riêng", " nói chung"];

/// Titles that are also frequent given names ("Lê Anh Tuấn", "Hoàng Tuấn Anh"): inside a
/// name they do not end it.
const GIVEN_NAME_TITLES: [&str; 1] = ["Anh "];

/// Whether the name starting at `start` follows a word that makes it a street's, school's
/// or prize's name ("THPT Lương Thế Vinh").
pub(super) fn names_no_person(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    // "Thái Bình Dương Mỹ Harry Harris": the ocean's syllable, no family name (stop 21);
    // "châu Âu" (stop 25).
    if super::inside_name::region_syllable(text, start) {
        return true;
    }
    if youth_union_committee(head, text.get(start..).unwrap_or_default()) {
        return true;
    }
    NOT_AFTER_BY_END.ending(head).iter().any(|w| {
        head.strip_suffix(w).is_some_and(|h| {
            word_start(head, h.len())
                && !CITY_BEFORE_STREET.iter().any(|c| h.ends_with(c))
                && !no_school(h, w)
                && !spouse(h, w)
        })
    })
}

/// Capitalized level words before "Đoàn" (the Youth Union) that make it a place's Youth
/// Union committee: "Tỉnh Đoàn Quảng Ninh", "Thành Đoàn TP", whose "Đoàn" is no family
/// name ("chị Nguyễn Thị Thu Hà, cựu Bí thư Tỉnh Đoàn Quảng Ninh", labour.jsonl
/// baomoi-22336442, gave the person "Đoàn Quảng Ninh" the role). Corpus-real (labour.jsonl
/// and general-10k): "Tỉnh Đoàn" + a capitalized word 7 times, "Thành Đoàn" 1, every one
/// the committee; lower-case "tỉnh Đoàn Đình Anh" is a person after a province's body.
const YOUTH_UNION_LEVELS: [&str; 4] = ["Tỉnh ", "Thành ", "Huyện ", "Quận "];

/// The Youth Union written as a name's family name.
const YOUTH_UNION: &str = "Đoàn ";

/// Whether the name `name` (the text from its start on), written after `head`, is a
/// place's Youth Union committee ([`YOUTH_UNION_LEVELS`]).
fn youth_union_committee(head: &str, name: &str) -> bool {
    name.starts_with(YOUTH_UNION)
        && YOUTH_UNION_LEVELS.iter().any(|level| {
            head.strip_suffix(level)
                .is_some_and(|h| h.is_empty() || !h.ends_with(char::is_alphanumeric))
        })
}

/// The words that make "xã" (commune) the second syllable of a spouse's word: "ông xã"
/// (husband), "bà xã" (wife). A name after them is a person's ("Triệu Vy cùng ông xã Huỳnh
/// Hữu Long", general-10k baomoi-22543888): 19 of the 216 "xã" + family name + capitalized
/// words in corpus-real (labour.jsonl and general-10k), every other one a commune.
const SPOUSE_BEFORE_COMMUNE: [&str; 4] = ["ông ", "bà ", "Ông ", "Bà "];

/// Whether the word `word` of `name_not_after.tsv`, written after `head`, is "xã" as the
/// second syllable of a spouse's word ([`SPOUSE_BEFORE_COMMUNE`]).
fn spouse(head: &str, word: &str) -> bool {
    word.trim_end() == "xã"
        && SPOUSE_BEFORE_COMMUNE.iter().any(|s| {
            head.strip_suffix(s)
                .is_some_and(|h| h.is_empty() || !h.ends_with(char::is_alphanumeric))
        })
}

/// The syllables that make "trường" (school) another word: "môi trường" (environment),
/// "thị trường" (market), "hiện trường" (scene), "chiến trường" (battlefield). A name after
/// them is no school's ("nữ công nhân vệ sinh môi trường Trần Thị Thanh bị hành hung",
/// labour baomoi-22553588).
const NOT_SCHOOL_BEFORE: [&str; 4] = ["môi ", "thị ", "hiện ", "chiến "];

/// Whether the word `word` of `name_not_after.tsv`, written after `head`, is "trường" as
/// the second syllable of another word ([`NOT_SCHOOL_BEFORE`]).
fn no_school(head: &str, word: &str) -> bool {
    word.starts_with("trường")
        && NOT_SCHOOL_BEFORE.iter().any(|s| {
            head.strip_suffix(s)
                .is_some_and(|h| h.is_empty() || h.ends_with(' '))
        })
}

/// Family names that are also prepositions ("Từ": from), each with its space.
const PREPOSITION_SURNAMES: [&str; 1] = ["Từ "];

/// Whether the name at `start..end` is a preposition that is also a family name and a place
/// (`provinces.tsv`, …) or a country (`role_countries.tsv`) after it: "from" the place, no person ("Từ Hàn Quốc, nữ ca sĩ bày tỏ niềm tự hào …",
/// general-10k baomoi-22379391).
pub(super) fn preposition_before_place(text: &str, start: usize, end: usize) -> bool {
    PREPOSITION_SURNAMES.iter().any(|p| {
        text.get(start..).is_some_and(|r| r.starts_with(p))
            && (crate::extract::lexicon::LEXICON
                .place_at(text, start + p.len())
                .is_some_and(|(place_end, _)| place_end == end)
                || super::stage::country_at(text, start + p.len()) == Some(end))
    })
}

/// The syllable that makes "phố" (street) "thành phố" (city): a name after "thành phố" is
/// no street's ("Phó Chủ tịch UBND thành phố Lê Văn Khoa đề nghị"; corpus-real: "thành phố"
/// before a family name and capitalized words other than "Hồ Chí Minh" 8 times, 7 a
/// person's name after a role: "Nguyễn Đức Chung" 6, "Lê Văn Khoa" 1; the eighth a city,
/// "Phan Thiết", which the place rules read; "phố" alone before one, a street, 71 times).
const CITY_BEFORE_STREET: [&str; 2] = ["thành ", "Thành "];

/// Words that open a list of people before a colon or a space ("gồm: Đinh Văn Dũng,
/// Nguyễn Trọng Ngọc, …"): the names after them are people.
const LIST_OPENERS: [&str; 2] = ["gồm: ", "gồm "];

/// Separators between the names of a list ("A, B và C").
const LIST_SEPARATORS: [&str; 3] = [", ", " và ", "; "];

/// The longest apposition in parentheses skipped after a name of a list ("(20 tuổi, quê
/// tỉnh Long An)").
const MAX_APPOSITION_BYTES: usize = 160;

/// Organization heads (`org_heads.tsv`) that start with a family name ("Đoàn Chủ tịch",
/// "Đoàn Thanh niên"): such a phrase is no person's name.
static ORG_HEADS_WITH_SURNAME: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    ORG_HEADS
        .load::<Vec<&'static str>>()
        .expect("the embedded org_heads.tsv parses (tested)")
        .into_iter()
        .filter_map(|row| row.first().copied())
        .filter(|surface| {
            surface
                .split(' ')
                .next()
                .is_some_and(|first| LEXICON.surnames.iter().any(|s| s == first))
        })
        .collect()
});

/// Whether an organization head that starts with a family name starts at `pos`.
pub(super) fn org_head_at(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or_default();
    ORG_HEADS_WITH_SURNAME
        .iter()
        .any(|head| rest.starts_with(head) && word_end(text, pos + head.len()))
}

/// Whether `text[..start]` ends with a title at a word start ("đồng chí ", "anh ", "TS. "),
/// a title and a colon ("các đồng chí: "), or a list opener ("gồm: ").
pub(super) fn ends_with_title(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    let ends_with_word = |head: &str, word: &str| {
        head.strip_suffix(word)
            .is_some_and(|h| word_start(head, h.len()))
    };
    if TITLES_BY_END
        .ending(head)
        .iter()
        .any(|t| ends_with_word(head, t))
    {
        return true;
    }
    if LIST_OPENERS.iter().any(|o| ends_with_word(head, o)) {
        return true;
    }
    head.strip_suffix(": ").is_some_and(|before| {
        BARE_TITLES_BY_END
            .ending(before)
            .iter()
            .any(|t| ends_with_word(before, t))
    })
}

/// The titles ([`TITLES`], with their space) by their last byte but one, read once
/// ([`ends_with_title`] asks at every name whether the text before it ends with one: a
/// comparison with every title was 0.5% of general news' instructions, stop 18).
static TITLES_BY_END: LazyLock<ByLastBytes<&'static str>> = LazyLock::new(|| {
    let titles: &'static [String] = &TITLES;
    ByLastBytes::new(titles.iter().map(|t| (t.as_str(), t.as_str())))
});

/// The titles without their space, by their last byte but one ([`TITLES_BY_END`]).
static BARE_TITLES_BY_END: LazyLock<ByLastBytes<&'static str>> = LazyLock::new(|| {
    let titles: &'static [String] = &TITLES;
    ByLastBytes::new(titles.iter().map(|t| (t.trim_end(), t.trim_end())))
});

/// The words of [`NOT_AFTER`] by their last byte but one ([`TITLES_BY_END`]).
static NOT_AFTER_BY_END: LazyLock<ByLastBytes<&'static str>> = LazyLock::new(|| {
    let words: &'static [String] = &NOT_AFTER;
    ByLastBytes::new(words.iter().map(|w| (w.as_str(), w.as_str())))
});

/// Capitalized words that open a clause and are no given name: after a name they start the
/// next sentence of a caption run into the text ("… cho ông Đặng Xuân Hoan Theo ông Khánh,
/// …"). Counted in corpus-real as the second to fourth capitalized word after a family
/// name: Theo 43, Trong 14, Ảnh 9, Sau 8, Trước 4, Những 4, Về 4, Dù 4, Ngoài 3, Vì 2, Đây
/// 1, Còn 1, Cũng 1, Nếu 1, Với 1 (added at stop 16: "đảng viên Đỗ Kim Hội Với những đóng
/// góp …", a caption run into the text, labour.jsonl); words that are also given names (Như, Sáng, Thế, Năm, Hiện,
/// Được, Tại, Để, Tuy, Khi, Các: "Nguyễn Đức Tuy", "Lê Ngọc Tại", "Vũ Quang Các" in
/// general-10k) are left out.
const CLAUSE_OPENING_WORDS: [&str; 15] = [
    "Theo", "Trong", "Ảnh", "Sau", "Trước", "Những", "Về", "Dù", "Ngoài", "Vì", "Đây", "Còn",
    "Cũng", "Nếu", "Với",
];

/// A title as [`name_match_end`] reads it: the title, whether it is one word, and whether
/// it is also a given name ([`GIVEN_NAME_TITLES`]).
#[derive(Debug, Clone, Copy)]
struct EndingTitle {
    title: &'static str,
    one_word: bool,
    given_name: bool,
}

/// The titles by first byte, read once ([`name_match_end`] tries them at every word of
/// every name match: the whole list there was 3% of extraction).
static ENDING_TITLES: LazyLock<ByFirstByte<EndingTitle>> = LazyLock::new(|| {
    let titles: &'static [String] = &TITLES;
    ByFirstByte::new(titles.iter().map(|t| {
        let title = t.as_str();
        let item = EndingTitle {
            title,
            one_word: !title.trim_end().contains(' '),
            given_name: GIVEN_NAME_TITLES.contains(&title),
        };
        (title, item)
    }))
});

/// `clause_opening_pairs.tsv`: a capitalized word and the lower-case word after it that
/// open a clause ("Tuy nhiên", "Bên cạnh"), whose first word is also a name's syllable.
pub static CLAUSE_OPENING_PAIRS: Table = Table::new(
    "extract/rules/clause_opening_pairs.tsv",
    include_str!("../rules/clause_opening_pairs.tsv"),
    &["pair"],
    &["pair"],
);

/// The pairs of `clause_opening_pairs.tsv`.
static OPENING_PAIRS: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&CLAUSE_OPENING_PAIRS).expect("the embedded clause_opening_pairs.tsv parses (tested)")
});

/// The pairs of [`OPENING_PAIRS`] by first byte ([`name_match_end`] tries them at every word
/// of every name: a comparison with each pair was a third of its time, stop 18).
static PAIRS_BY_FIRST: LazyLock<ByFirstByte<&'static str>> = LazyLock::new(|| {
    let pairs: &'static [String] = &OPENING_PAIRS;
    ByFirstByte::new(pairs.iter().map(|p| (p.as_str(), p.as_str())))
});

/// The clause openers by first byte.
static OPENERS: LazyLock<ByFirstByte<&'static str>> =
    LazyLock::new(|| ByFirstByte::new(CLAUSE_OPENING_WORDS.iter().map(|o| (*o, *o))));

/// Where a name matched at `start..end` ends: before a capitalized word inside it that
/// starts a title: a one-word title ("GS-TS Nguyễn Quý Thanh Bà Nguyễn Thị Kim Phụng" is
/// two names) or a longer one reaching past the match ("Đỗ Kim Hội Đồng chí …" is "Đỗ Kim
/// Hội" and the next caption's "Đồng chí"), unless the title is also a given name
/// ("Nguyễn Văn Anh", "Lê Anh Tuấn"), or before a word that opens a clause
/// ([`CLAUSE_OPENING_WORDS`]) or a pair of `clause_opening_pairs.tsv` ("Trần Bảo Sơn Siêu
/// mẫu Xuân Lan" is "Trần Bảo Sơn"). `None` when only the
/// family name would be left.
pub(super) fn name_match_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let matched = text.get(start..end)?;
    let mut word_starts = matched
        .match_indices(' ')
        .map(|(i, _)| start + i + 1)
        .peekable();
    let first_space = word_starts.peek().map(|w| w - 1);
    for w in word_starts {
        let rest = text.get(w..).unwrap_or_default();
        let title_runs_past = ENDING_TITLES.starting(rest).iter().any(|t| {
            rest.starts_with(t.title)
                && (w + t.title.len() > end || t.one_word)
                && !(t.given_name && w + t.title.len() <= end + 1)
        });
        let opener = OPENERS
            .starting(rest)
            .iter()
            .any(|o| rest.starts_with(o) && word_end(text, w + o.len()))
            || PAIRS_BY_FIRST
                .starting(rest)
                .iter()
                .any(|p| rest.starts_with(p) && word_end(text, w + p.len()));
        if title_runs_past || opener {
            return (Some(w - 1) != first_space).then_some(w - 1);
        }
    }
    Some(end)
}

/// Where the next item of a list starts after a name ending at `end`: past an apposition
/// in parentheses, after ", ", " và " or "; ".
pub(super) fn list_item_after(text: &str, end: usize) -> Option<usize> {
    let mut pos = end;
    let rest = text.get(pos..)?;
    if let Some(inner) = rest.strip_prefix(" (") {
        let close = inner
            .char_indices()
            .take_while(|(i, c)| *i < MAX_APPOSITION_BYTES && *c != '\n')
            .find(|(_, c)| *c == ')')?
            .0;
        pos = text.len() - inner.len() + close + 1;
    }
    let rest = text.get(pos..)?;
    LIST_SEPARATORS
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .map(|after| text.len() - after.len())
}
