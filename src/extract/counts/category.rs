//! The category of a count: the cue words of its clause (`rules/count_categories.tsv`) fitted
//! to the kind of its unit, and the workers named earlier in its sentence.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::units::{Kind, UNITS};
use crate::extract::quantity::clause::{clause_bounds, predicate_end};
use crate::extract::quantity::words::{word_end, word_start};
use crate::normalize::chars::lower_aligned;
use crate::record::CountCategory;
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// The category cues: keywords of a count's clause and what they say it counts.
pub(crate) static COUNT_CATEGORIES_TSV: Table = Table::new(
    "extract/rules/count_categories.tsv",
    include_str!("../rules/count_categories.tsv"),
    &["keyword", "category"],
    &["keyword"],
);

cell_enum! {
    /// A category as [`COUNT_CATEGORIES_TSV`] names it: a [`CountCategory`], `none` for a
    /// mask ("tổng số tiền" is not "tổng số"), or a cue with a rule of its own (`award`,
    /// `employed`, `party`, `not_counted`, `weak_total`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum CategoryName {
        /// [`CountCategory::NewMembers`].
        NewMembers = "new_members",
        /// [`CountCategory::TotalMembers`].
        TotalMembers = "total_members",
        /// [`CountCategory::Workers`].
        Workers = "workers",
        /// [`CountCategory::Officials`].
        Officials = "officials",
        /// [`CountCategory::UnionsNew`].
        UnionsNew = "unions_new",
        /// [`CountCategory::UnionsTotal`].
        UnionsTotal = "unions_total",
        /// [`CountCategory::Beneficiaries`].
        Beneficiaries = "beneficiaries",
        /// [`CountCategory::Other`].
        Other = "other",
        /// An award ("khen thưởng", "tôn vinh"): [`CountCategory::Other`], and the cue that
        /// makes honorees ("77 cá nhân") a count at all.
        Award = "award",
        /// Employment ("có việc làm", "làm việc"): [`CountCategory::Workers`], also for people
        /// in general ("số người có việc làm khoảng 53,47 triệu người").
        Employed = "employed",
        /// Admission to the Party ("kết nạp vào Đảng", "đoàn viên ưu tú"): the people joined
        /// the Party, not the union, so the count is [`CountCategory::Other`] whatever other
        /// cue its clause has (GUIDELINES.md decision 16).
        Party = "party",
        /// The unemployed and populations ("thất nghiệp", "dân số"): no member count
        /// anywhere in the clause, unless support is given to them ("hỗ trợ 5 công nhân
        /// thất nghiệp"; GUIDELINES.md decision 15).
        NotCounted = "not_counted",
        /// Casualties of an incident ("bị thương", "ngộ độc", "nhập viện", "cấp cứu"): people
        /// whose clause says they died, were injured, poisoned, hospitalized, treated or went
        /// missing are no member count, whatever their noun, as [`Self::NotCounted`]
        /// (GUIDELINES.md decision 15 excludes casualties: "hơn 50 công nhân của một nhà máy
        /// may ở Nghệ An bị nôn ói … phải nhập viện cấp cứu", labour.jsonl baomoi-22344295,
        /// is no count; the lead's ruling of stop 26 ends stop 22's reading, which kept workers
        /// who are casualties as workers). Support given to them before the number still
        /// counts them as its recipients ("hỗ trợ 4 công nhân bị thương").
        Casualty = "casualty",
        /// The detained ("bắt giữ", "bắt quả tang"): people in general who are arrested are
        /// no member count, as [`Self::NotCounted`]; workers and union members stay what
        /// their noun says (GUIDELINES.md decision 15 admits workers and excludes casualties,
        /// populations, patients — not workers caught at work: "cảnh sát bắt quả tang 5 công
        /// nhân đang bơm chất Arga vào 300 kg tôm", real5-dev annotator L: workers).
        Detained = "detained",
        /// A community or the people living somewhere ("sinh sống", "cộng đồng", "kiều
        /// bào"): people in general so described are a population, no member count
        /// (GUIDELINES.md decision 15: "cộng đồng người Việt Nam đang sinh sống và làm việc
        /// tại Qatar có gần 2.000 người", general-10k baomoi-22508254, are residents though
        /// they work); worker and member nouns stay what they say ("1.251 lao động … cư
        /// trú bất hợp pháp tại Hàn Quốc", labour.jsonl baomoi-22714265).
        Population = "population",
        /// A statement of size that says nothing more ("trong đó có 12.800 đoàn viên"):
        /// [`CountCategory::TotalMembers`], only when the clause has no other cue.
        WeakTotal = "weak_total",
        /// Growth of the union ("phát triển", "vận động"): [`CountCategory::NewMembers`] for
        /// members and unions only; "ngành công nghiệp phát triển … hàng nghìn công nhân" is
        /// an industry growing, not workers joining.
        Develop = "develop",
        /// An act of a union body ("ký kết", "thỏa ước", "đối thoại"): [`CountCategory::Other`]
        /// for unions only ("14 CĐCS doanh nghiệp ký mới … thỏa ước"); the workers a union
        /// talks with or signs for are still workers ("đối thoại với hàng trăm công nhân").
        UnionAct = "union_act",
        /// Receiving ("nhận"): [`CountCategory::Beneficiaries`] for the people it follows
        /// ("135 công nhân đã được nhận các phần quà"); before the number the people are what
        /// is received or admitted, no recipients ("trường tiểu học này chỉ nhận 125 học
        /// sinh", "đã nhận được gần 10.000 người đăng ký hiến tạng", general-10k).
        Receive = "receive",
        /// A mask: no category.
        Mask = "none",
    }
}

impl CategoryName {
    /// The category named; `None` for a mask and for `not_counted`.
    fn category(self) -> Option<CountCategory> {
        Some(match self {
            Self::NewMembers => CountCategory::NewMembers,
            Self::TotalMembers | Self::WeakTotal => CountCategory::TotalMembers,
            Self::Workers | Self::Employed => CountCategory::Workers,
            Self::Officials => CountCategory::Officials,
            Self::UnionsNew => CountCategory::UnionsNew,
            Self::UnionsTotal => CountCategory::UnionsTotal,
            Self::Beneficiaries | Self::Receive => CountCategory::Beneficiaries,
            Self::Other | Self::Award | Self::Party => CountCategory::Other,
            Self::Develop => CountCategory::NewMembers,
            Self::UnionAct => CountCategory::Other,
            Self::Mask | Self::NotCounted | Self::Casualty | Self::Detained | Self::Population => {
                return None
            }
        })
    }

    /// Whether the cue makes the people no member count (the unemployed, casualties, the
    /// detained, populations).
    fn not_counted(self) -> bool {
        matches!(
            self,
            Self::NotCounted | Self::Casualty | Self::Detained | Self::Population
        )
    }

    /// Whether the cue says anything about a count of `kind` nouns: growth and union acts
    /// speak of members and unions only.
    fn applies_to(self, kind: Kind) -> bool {
        match self {
            Self::Develop => matches!(kind, Kind::Member | Kind::Union | Kind::Any),
            Self::UnionAct => kind == Kind::Union,
            Self::Detained => matches!(kind, Kind::Person | Kind::Any),
            Self::Population => kind == Kind::Person,
            Self::Casualty => kind != Kind::Union,
            _ => true,
        }
    }
}

/// A row of [`COUNT_CATEGORIES_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CategoryCue {
    /// The keyword, lower case.
    pub keyword: &'static str,
    /// What it says the count counts (`None`: a mask, or `not_counted`).
    pub category: Option<CountCategory>,
    /// The name as written in the table.
    name: CategoryName,
}

impl Row for CategoryCue {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let name: CategoryName = line.get("category")?;
        Ok(CategoryCue {
            keyword: line.get("keyword")?,
            category: name.category(),
            name,
        })
    }
}

/// Category cues: an automaton over the lower-case keywords and each keyword's category
/// (`None` for masks such as "tổng số tiền").
struct Categories {
    /// The keywords, lower case.
    keywords: AhoCorasick,
    /// The category name of each keyword, by pattern index.
    names: Vec<CategoryName>,
}

/// The category cues, parsed once; a malformed table (caught by the tests) gives none.
static CATEGORIES: LazyLock<Categories> = LazyLock::new(|| {
    let rows: Vec<CategoryCue> = COUNT_CATEGORIES_TSV.load().unwrap_or_default();
    Categories {
        keywords: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(rows.iter().map(|row| row.keyword))
            .expect("category keyword automaton builds"),
        names: rows.into_iter().map(|row| row.name).collect(),
    }
});

/// What the cue words of a count's clause say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ClauseCues {
    /// The nearest cue: before the number first, else after the unit (`weak_total` cues
    /// left out).
    pub nearest: Option<CountCategory>,
    /// The clause has a `weak_total` cue ("trong đó có"): a total when nothing else says.
    pub weak_total: bool,
    /// The nearest cue is an employment cue: people in general count as workers.
    pub employed: bool,
    /// The clause has an award cue: honorees ("77 cá nhân") count.
    pub award: bool,
    /// The clause says the people were admitted to the Party.
    pub party: bool,
    /// The clause says the people are casualties, unemployed or detained, and no support
    /// cue stands before the number.
    pub not_counted: bool,
    /// The people receive the support: the nearest cue before the number is a support cue
    /// ("hỗ trợ 25.000 người"), or one after the unit follows "được" ("947 thí sinh … được
    /// các địa phương hỗ trợ"). A support word after them alone describes them ("2.000
    /// người có hoàn cảnh khó khăn") or says what they did ("3.000 người đi khám bệnh").
    pub supported: bool,
}

/// The cue words of the clause around a count of `kind` nouns at bytes `start..end` (see
/// [`ClauseCues`]).
pub(super) fn clause_cues(text: &str, start: usize, end: usize, kind: Kind) -> ClauseCues {
    let (left, right) = clause_bounds(text, start, end);
    let left = change_goes_back(text, left, start);
    // The cues of `part` that apply to `kind`, each with where it starts in `part`.
    let find = |part: &str| -> Vec<(usize, usize, CategoryName)> {
        CATEGORIES
            .keywords
            .find_iter(part)
            .filter(|m| word_start(part, m.start()) && word_end(part, m.end()))
            .map(|m| (m.start(), m.end(), CATEGORIES.names[m.pattern().as_usize()]))
            .filter(|(_, _, name)| *name != CategoryName::Mask && name.applies_to(kind))
            .collect()
    };
    let before_text = text[left..start].to_lowercase();
    let after_text = text[end..right].to_lowercase();
    let before: Vec<_> = find(&before_text)
        .into_iter()
        .filter(|(_, _, name)| *name != CategoryName::Receive)
        .collect();
    let after = find(&after_text);
    let all = || before.iter().chain(after.iter()).map(|(_, _, name)| *name);
    let ordinary = |name: &CategoryName| {
        !matches!(
            name,
            CategoryName::NotCounted
                | CategoryName::Casualty
                | CategoryName::Detained
                | CategoryName::Population
                | CategoryName::Party
                | CategoryName::WeakTotal
        )
    };
    let nearest_before_at = before.iter().rev().find(|(_, _, n)| ordinary(n));
    let nearest_before = nearest_before_at.map(|(_, _, n)| *n);
    let nearest_after = after.iter().find(|(_, _, n)| ordinary(n));
    let nearest = nearest_before.or_else(|| nearest_after.map(|(_, _, n)| *n));
    // Employment after the people is theirs when it follows them closely ("2 người làm
    // việc", "18.000 người đi làm việc"), not at the end of a longer clause ("anh cùng 5
    // người khác làm thủ tục qua Cty … để … làm việc": the employment is a plan).
    let employed = match nearest_before {
        Some(name) => name == CategoryName::Employed,
        None => nearest_after.is_some_and(|(at, _, name)| {
            *name == CategoryName::Employed
                && after_text[..*at].split_whitespace().count() <= EMPLOYED_GAP_WORDS
        }),
    };
    let support_before = nearest_before == Some(CategoryName::Beneficiaries);
    // Support given to people in general names them soon after ("hỗ trợ 25.000 người",
    // "trao học bổng cho 151 sinh viên"), not at the far end of the clause ("giúp cho sân
    // bay … nâng công suất phục vụ lên 95 triệu hành khách").
    let support_near = support_before
        && nearest_before_at.is_some_and(|(_, at, _)| {
            let gap: Vec<&str> = before_text[*at..].split_whitespace().collect();
            // "cho" (for) just before the number (or its qualifier) names the recipients
            // however long the gift ("trao học bổng các mức khác nhau cho 151 sinh viên").
            gap.len() <= SUPPORT_GAP_WORDS || gap.iter().rev().take(2).any(|w| *w == "cho")
        });
    let support_passive = after.iter().any(|(at, _, name)| {
        matches!(name, CategoryName::Beneficiaries | CategoryName::Receive)
            && has_word(&after_text[..*at], "được")
    });
    // What happened to the people may be told after an aside or a name with full stops
    // ("Gần 200 công nhân Công ty TNHH T.O.P Outdoor Vina … phải nhập viện"): casualties are
    // read up to the predicate's end, past the clause's.
    let predicate_to = predicate_end(text, end);
    let predicate = text[end..predicate_to].to_lowercase();
    let casualties_later = || {
        find(&predicate).iter().any(|(_, _, n)| n.not_counted())
            || predicate_continued(text, predicate_to, has_word(&predicate, "bị"))
                .is_some_and(|next| find(&next).iter().any(|(_, _, n)| n.not_counted()))
    };
    ClauseCues {
        nearest: nearest.and_then(CategoryName::category),
        employed,
        weak_total: all().any(|n| n == CategoryName::WeakTotal),
        award: all().any(|n| n == CategoryName::Award),
        party: all().any(|n| n == CategoryName::Party),
        not_counted: !support_before
            && (all().any(CategoryName::not_counted) || casualties_later()),
        supported: support_near || support_passive,
    }
}

/// Words of change that alone open a count's clause after a comma: the change is of the
/// quantity the clause before states, whose cues are the count's ("số người có việc làm là
/// 53,36 triệu, tăng 74,43 nghìn người", labour.jsonl baomoi-22496046: the employed).
const CHANGE_WORDS: [&str; 4] = ["tăng", "giảm", "tăng thêm", "giảm đi"];

/// Words that, before a year ("năm 2016 là 1.978.086 người"), say when a figure stands.
const FIGURE_TIME_WORDS: [&str; 6] = ["năm", "tháng", "quý", "đến", "tới", "cuối"];

/// How many clauses back a count's cues may be sought through clauses that only go on with
/// the statement before them.
const CONTINUATION_STEPS: usize = 4;

/// Whether `lead`, lower case and trimmed (the words of a clause before its number), only
/// goes on with the statement before its comma: a change ([`CHANGE_WORDS`]: "tăng 74,43
/// nghìn người") or another year's figure of the same quantity ("năm 2016 là 1.978.086
/// người": [`FIGURE_TIME_WORDS`] and a year, then "là").
fn continues(lead: &str) -> bool {
    if CHANGE_WORDS.contains(&lead) {
        return true;
    }
    let Some(when) = lead.strip_suffix(" là") else {
        return false;
    };
    let words: Vec<&str> = when.split_whitespace().collect();
    let Some((year, time)) = words.split_last() else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && time.len() <= 2
        && time.iter().all(|w| FIGURE_TIME_WORDS.contains(w))
}

/// The words of the clause `text[left..right]` before its last number, lower case and
/// trimmed ("năm 2016 là" of "năm 2016 là 1.978.086 người").
fn lead_of(text: &str, left: usize, right: usize) -> String {
    let clause = &text[left..right];
    let last_number = clause
        .match_indices(' ')
        .map(|(at, _)| at + 1)
        .chain(std::iter::once(0))
        .filter(|&at| clause[at..].starts_with(|c: char| c.is_ascii_digit()))
        .max();
    clause[..last_number.unwrap_or(clause.len())]
        .trim()
        .to_lowercase()
}

/// Where a count's clause that starts at byte `left` begins its cues: at the first clause of
/// its statement when the words from `left` to the number at `start` only go on with the
/// clause before its comma ([`continues`]), and so on back through clauses that go on in
/// the same way, at most [`CONTINUATION_STEPS`] ("Số lượng người làm việc … năm 2011 là
/// 1.812.259 người, năm 2016 là 1.978.086 người, tăng 165.827 người", labour.jsonl
/// baomoi-22588687: all three are people working).
fn change_goes_back(text: &str, left: usize, start: usize) -> usize {
    let mut left = left;
    let mut lead = text[left..start].trim().to_lowercase();
    for _ in 0..CONTINUATION_STEPS {
        if !continues(&lead) || !text[..left].ends_with(',') {
            break;
        }
        let before = clause_bounds(text, left - 1, left - 1).0;
        lead = lead_of(text, before, left - 1);
        left = before;
    }
    left
}

/// Words that open a clause continuing the predicate of the subject before its comma: an
/// auxiliary or a modal with no subject of its own ("hàng trăm công nhân đang làm việc tại
/// công ty … ở huyện Châu Thành (An Giang), phải nhập viện cấp cứu", labour.jsonl
/// baomoi-22656400: the comma ends the subject's long modifier, not what happened to them).
const PREDICATE_GOES_ON: [&str; 4] = ["phải", "đã", "bị", "đều"];

/// Words that open a clause describing the subject before its comma, where, had the clause
/// no number, what happened to the subject is told in it: "khoảng 300 công nhân của Công ty
/// Trách nhiệm hữu hạn Samhoo An Giang, hoạt động tại Khu công nghiệp Bình Hòa (Châu Thành)
/// đã phải nhập viện khẩn cấp" (real6-dev baomoi-22656559: hospitalized, no member count by
/// decision 15). Only casualty cues are read there (`predicate_continued`).
const SUBJECT_GOES_ON: [&str; 5] = ["hoạt động", "làm việc", "đang làm việc", "trú", "ngụ"];

/// The clause after the comma at byte `at`, lower case, when it goes on with the predicate
/// before it ([`PREDICATE_GOES_ON`], [`SUBJECT_GOES_ON`]; or, when the predicate said
/// something befell the people (`befell`: "bị"), any clause that goes on listing it: "34
/// công nhân của công ty Smart Elegant bị mệt, hồi hộp và được đưa vào cấp cứu",
/// labour.jsonl baomoi-22360269) and holds no number of its own (a number there is a count
/// of its own clause: "…, bị thương 3 người").
fn predicate_continued(text: &str, at: usize, befell: bool) -> Option<String> {
    if !text.get(at..)?.starts_with(", ") {
        return None;
    }
    let from = at + 2;
    let rest = &text[from..];
    let opens = befell
        || PREDICATE_GOES_ON.iter().chain(&SUBJECT_GOES_ON).any(|w| {
            rest.get(..w.len())
                .is_some_and(|head| head.to_lowercase() == *w)
                && word_end(rest, w.len())
        });
    if !opens {
        return None;
    }
    let next = &text[from..predicate_end(text, from)];
    (!next.bytes().any(|b| b.is_ascii_digit())).then(|| next.to_lowercase())
}

/// How many words may stand between a support cue and the people in general it supports
/// ("tặng quà 93 thanh niên"), unless "cho" stands before them.
const SUPPORT_GAP_WORDS: usize = 5;

/// How many words may stand between people in general and the employment after them
/// ("người đang làm việc", "người chưa trở lại làm việc").
const EMPLOYED_GAP_WORDS: usize = 3;

/// Whether lower-case `text` has `word` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, m)| word_start(text, at) && word_end(text, at + m.len()))
}

/// The category of a count of `kind` nouns with the cue `cue`.
pub(super) fn fit(kind: Kind, cue: Option<CountCategory>) -> CountCategory {
    use CountCategory as C;
    match (kind, cue) {
        (Kind::Official, _) => C::Officials,
        (Kind::Honoree, _) => C::Other,
        (Kind::Union, Some(C::NewMembers | C::UnionsNew)) => C::UnionsNew,
        (Kind::Union, Some(C::TotalMembers | C::UnionsTotal) | None) => C::UnionsTotal,
        (Kind::Union, _) => C::Other,
        (Kind::Member | Kind::Any, Some(C::UnionsNew)) => C::NewMembers,
        (Kind::Member | Kind::Any, Some(C::UnionsTotal) | None) => C::TotalMembers,
        (Kind::Member | Kind::Any, Some(C::Officials)) => C::Other,
        (Kind::Member | Kind::Any, Some(c)) => c,
        (Kind::Worker, Some(c @ (C::NewMembers | C::Beneficiaries | C::Other))) => c,
        (Kind::Worker, _) => C::Workers,
        (Kind::Person, Some(C::Beneficiaries)) => C::Beneficiaries,
        (Kind::Person, _) => C::Other,
    }
}

/// How far back, in bytes, the sentence of a count is read for a workers noun: some 400
/// words, longer than any sentence of the corpus and gold texts (the longest is 935 bytes),
/// and what keeps a run of counts without a full stop linear (each reads at most this much;
/// found by fuzzing).
const SENTENCE_LOOKBACK: usize = 2000;

/// Whether the worker noun at bytes `at..end` of `sentence` is part of a name: written in
/// title case after a word ("Bộ Lao động", "Cục Quản lý Lao động ngoài nước", "báo Người
/// Lao động" name a ministry, an agency and a newspaper: "… Bộ Lao động Đài Loan (Trung
/// Quốc), vùng lãnh thổ này có hơn 1 triệu người khuyết tật", labour.jsonl baomoi-22235021),
/// or joined by a hyphen to the next letters ("Bộ LĐ-TB&XH", dantri-news_education_157). An
/// abbreviation in capitals ("CN", "NLĐ") and a word opening the sentence or following
/// punctuation are no names.
fn in_a_name(sentence: &str, at: usize, end: usize) -> bool {
    let mut letters = sentence[at..].chars();
    let title = letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_some_and(char::is_lowercase);
    let after_word = sentence[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let hyphened = sentence[end..]
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(char::is_alphabetic));
    (title && after_word) || hyphened
}

/// Whether the sentence before byte `pos` names workers (a `worker` head of
/// `count_units.tsv`: "công nhân", "người lao động", …) as a word, and says nothing after
/// the last of them that makes the people no count ("1,1 triệu người trong độ tuổi lao
/// động thất nghiệp, giảm 8,3 nghìn người": the unemployed; a `not_counted` cue).
pub(super) fn workers_named_before(text: &str, pos: usize) -> bool {
    let raw = sentence_before(text, pos);
    let sentence = lower_aligned(raw);
    let last_worker = UNITS
        .heads
        .iter()
        .filter(|(_, kind)| *kind == Kind::Worker)
        .filter_map(|(head, _)| {
            sentence
                .match_indices(head)
                .filter(|(at, m)| word_start(&sentence, *at) && word_end(&sentence, at + m.len()))
                .filter(|(at, m)| !in_a_name(raw, *at, at + m.len()))
                .map(|(at, m)| at + m.len())
                .last()
        })
        .max();
    let Some(after_worker) = last_worker else {
        return false;
    };
    let rest = &sentence[after_worker..];
    !CATEGORIES
        .keywords
        .find_iter(rest)
        .filter(|m| word_start(rest, m.start()) && word_end(rest, m.end()))
        .any(|m| CATEGORIES.names[m.pattern().as_usize()].not_counted())
}

/// The last member, worker or official noun in the clause before byte `pos`, with its kind:
/// the people a statement of size counts ("tổng số lao động của hãng này là 6.199 người":
/// workers; "cán bộ chuyên trách CĐ hiện có 422 người": officials). At one position the
/// longer noun wins ("cán bộ công nhân viên" over "cán bộ").
pub(super) fn head_in_clause_before(text: &str, pos: usize) -> Option<(Kind, &'static str)> {
    let (left, _) = clause_bounds(text, pos, pos);
    let clause = text[left..pos].to_lowercase();
    UNITS
        .heads
        .iter()
        .filter(|(_, kind)| matches!(kind, Kind::Worker | Kind::Official | Kind::Member))
        .filter_map(|(head, kind)| {
            clause
                .match_indices(head)
                .filter(|(at, m)| word_start(&clause, *at) && word_end(&clause, at + m.len()))
                .map(|(at, _)| at)
                .last()
                .map(|at| ((at, head.len()), *kind, *head))
        })
        .max_by_key(|(key, _, _)| *key)
        .map(|(_, kind, head)| (kind, head))
}

/// The text of the sentence before byte `pos`, back to its start (at most
/// [`SENTENCE_LOOKBACK`] bytes).
fn sentence_before(text: &str, pos: usize) -> &str {
    let mut from = pos.saturating_sub(SENTENCE_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    let start = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|end| before.rfind(end).map(|at| at + end.len()))
        .max()
        .unwrap_or(0);
    &before[start..]
}

/// The text of the sentence after byte `pos`, to its end (at most [`SENTENCE_LOOKBACK`]
/// bytes).
fn sentence_after(text: &str, pos: usize) -> &str {
    let mut to = (pos + SENTENCE_LOOKBACK).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[pos..to];
    let end = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|end| after.find(end))
        .min()
        .unwrap_or(after.len());
    &after[..end]
}

/// Words that say a sentence is about the union: "cán bộ" in it are union officials.
const UNION_WORDS: [&str; 6] = [
    "công đoàn",
    "cđ",
    "cđcs",
    "lđlđ",
    "đoàn viên",
    "nghiệp đoàn",
];

/// Words before "CĐ" that make it a college (cao đẳng), not the union: "các trường ĐH, CĐ".
const COLLEGE_BEFORE: [&str; 3] = ["đh, ", "đh,", "trường "];

/// Whether the sentence around bytes `start..end` names the union ("công đoàn", "CĐ",
/// "LĐLĐ", "đoàn viên", …) as a word.
pub(super) fn union_named_in_sentence(text: &str, start: usize, end: usize) -> bool {
    [sentence_before(text, start), sentence_after(text, end)]
        .iter()
        .map(|part| part.to_lowercase())
        .any(|part| {
            UNION_WORDS.iter().any(|w| {
                part.match_indices(w).any(|(at, m)| {
                    word_start(&part, at)
                        && word_end(&part, at + m.len())
                        && !(*w == "cđ" && COLLEGE_BEFORE.iter().any(|c| part[..at].ends_with(c)))
                })
            })
        })
}
