//! Tests of the derived rows.

use super::*;

#[test]
fn iso_parts() {
    assert_eq!(iso_day("2024-02-01T08:00:00+07:00"), Some("2024-02-01"));
    assert_eq!(iso_day("2024-02"), None);
    assert_eq!(iso_month("2024-02-01"), Some("2024-02"));
    assert_eq!(iso_month("2024/2028"), None);
    assert_eq!(iso_month("--12-12"), None);
    assert_eq!(iso_year("2023/2028"), Some(2023));
    assert_eq!(iso_year("2024-02"), Some(2024));
    assert_eq!(iso_year("--12-12"), None);
    assert_eq!(iso_year("20245"), None);
}

/// A record whose money mentions have these amounts (text and spans do not matter here).
fn with_amounts(amounts: &[(f64, Qualifier)]) -> Record {
    use crate::record::{MoneyMention, Source, SourceKind, SCHEMA_VERSION};
    Record {
        schema_version: SCHEMA_VERSION,
        id: "a".into(),
        source: Source {
            kind: SourceKind::Stdin,
            path: None,
            url: None,
            fetched_at: None,
            content_sha256: String::new(),
        },
        title: None,
        published: None,
        byline: None,
        section: None,
        canonical_url: None,
        text: String::new(),
        dates: vec![],
        money: amounts
            .iter()
            .map(|&(amount, qualifier)| MoneyMention {
                text: String::new(),
                start: 0,
                end: 0,
                amount,
                amount_max: None,
                currency: "VND".into(),
                qualifier,
            })
            .collect(),
        member_counts: vec![],
        organizations: vec![],
        people: vec![],
        events: vec![],
        warnings: vec![],
        duplicate: None,
    }
}

/// An attribution: organization and year, each from the sentence (`true`) or not.
fn attributed(org: (&'static str, bool), year: (i32, bool)) -> Attribution<'static> {
    Attribution {
        organization: Some(org.0),
        organization_basis: Some(if org.1 { "sentence" } else { "article" }),
        year: Some(year.0),
        year_basis: Some(if year.1 { "sentence" } else { "published" }),
    }
}

#[test]
fn restated_amounts() {
    use Qualifier::{Exact, Vague};
    let record = with_amounts(&[
        (5e13, Exact), // 0: title, nothing in its sentence
        (5e13, Exact), // 1: dated 2014 in its sentence
        (5e13, Exact), // 2: dated 2013 in its sentence: another amount
        (5e13, Exact), // 3: X named in its sentence: another amount
        (5e13, Exact), // 4: X named and dated 2014: the surest
        (5e13, Vague), // 5: vague: never the same as an exact amount
        (3e12, Exact), // 6: another value
        (5e13, Exact), // 7: dated 2013 again
    ]);
    let attributions = [
        attributed(("Main", false), (2014, false)),
        attributed(("Main", false), (2014, true)),
        attributed(("Main", false), (2013, true)),
        attributed(("X", true), (2014, false)),
        attributed(("X", true), (2014, true)),
        attributed(("Main", false), (2014, false)),
        attributed(("Main", false), (2014, false)),
        attributed(("Main", false), (2013, true)),
    ];
    assert_eq!(
        restatements(&record, &attributions),
        [
            Some(4), // nothing said: the surest mention of the value
            Some(4), // 2014 agrees with X's 2014
            None,    // 2013: no surer mention says 2013 and agrees
            Some(4), // X agrees with X in 2014
            None,
            None,
            None,
            Some(2), // 2013 again: the first 2013
        ]
    );
    // Each counted mention counts for itself.
    let counted = restatements(&record, &attributions);
    for target in counted.iter().flatten() {
        assert_eq!(counted[*target], None);
    }
    // Without organizations or dates in any sentence, the first of a value counts.
    let plain = [attributed(("Main", false), (2014, false)); 8];
    assert_eq!(
        restatements(&record, &plain),
        [
            None,
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            None,
            None,
            Some(0)
        ]
    );
}

/// The first `attributions`: every amount compared with every organization and date.
fn reference_attributions<'a>(
    record: &'a Record,
    published_year: Option<i32>,
) -> (Vec<Attribution<'a>>, Vec<Attribution<'a>>) {
    let main = main_organization(record);
    let sentences = SentenceIndex::new(&record.text);
    let orgs: Vec<(usize, usize, &str)> = record
        .organizations
        .iter()
        .filter(|o| o.resolved)
        .map(|o| (sentences.of(o.start), o.start, o.canonical.as_str()))
        .collect();
    let dated: Vec<(usize, usize, i32)> = record
        .dates
        .iter()
        .filter(|d| d.granularity != Granularity::Range)
        .filter_map(|d| iso_year(&d.value).map(|y| (sentences.of(d.start), d.start, y)))
        .collect();
    let attribute = |start: usize| -> Attribution<'a> {
        let sentence = sentences.of(start);
        let mut attribution = Attribution::default();
        let nearest_org = orgs
            .iter()
            .filter(|(s, at, _)| *s == sentence && *at < start)
            .max_by_key(|(_, at, _)| *at);
        if let Some((_, _, canonical)) = nearest_org {
            attribution.organization = Some(canonical);
            attribution.organization_basis = Some("sentence");
        } else if let Some(org) = main {
            attribution.organization = Some(org);
            attribution.organization_basis = Some("article");
        }
        let nearest_year = dated
            .iter()
            .filter(|(s, _, _)| *s == sentence)
            .min_by_key(|(_, at, _)| at.abs_diff(start));
        if let Some((_, _, year)) = nearest_year {
            attribution.year = Some(*year);
            attribution.year_basis = Some("sentence");
        } else if let Some(year) = published_year {
            attribution.year = Some(year);
            attribution.year_basis = Some("published");
        }
        attribution
    };
    let money = record.money.iter().map(|m| attribute(m.start)).collect();
    let counts = record
        .member_counts
        .iter()
        .map(|c| attribute(c.start))
        .collect();
    (money, counts)
}

/// The first `restatements`: every pair of mentions of a value compared.
fn reference_restatements(record: &Record, attributions: &[Attribution<'_>]) -> Vec<Option<usize>> {
    let n = record.money.len().min(attributions.len());
    let value = |i: usize| -> AmountValue<'_> {
        let m = &record.money[i];
        (
            m.currency.as_str(),
            m.amount.to_bits(),
            m.amount_max.map(f64::to_bits),
            m.qualifier == Qualifier::Vague,
        )
    };
    let said = |i: usize| -> (Option<&str>, Option<i32>) {
        let a = &attributions[i];
        (
            a.organization
                .filter(|_| a.organization_basis == Some("sentence")),
            a.year.filter(|_| a.year_basis == Some("sentence")),
        )
    };
    let mut groups: HashMap<AmountValue<'_>, Vec<usize>> = HashMap::new();
    for i in 0..n {
        groups.entry(value(i)).or_default().push(i);
    }
    (0..n)
        .map(|i| {
            let (org, year) = said(i);
            let counted = groups
                .get(&value(i))?
                .iter()
                .copied()
                .filter(|&f| {
                    let (f_org, f_year) = said(f);
                    org.is_none_or(|o| f_org == Some(o)) && year.is_none_or(|y| f_year == Some(y))
                })
                .max_by_key(|&f| {
                    let (f_org, f_year) = said(f);
                    (
                        usize::from(f_org.is_some()) + usize::from(f_year.is_some()),
                        std::cmp::Reverse(f),
                    )
                })?;
            (counted != i).then_some(counted)
        })
        .collect()
}

/// Checks the new attributions and restatements against the references on `record`.
fn assert_same_rows(record: &Record) {
    let year = record.published.as_deref().and_then(iso_year);
    let (money, counts) = attributions(record, year);
    let (ref_money, ref_counts) = reference_attributions(record, year);
    assert_eq!(money, ref_money, "{}", record.id);
    assert_eq!(counts, ref_counts, "{}", record.id);
    assert_eq!(
        restatements(record, &money),
        reference_restatements(record, &ref_money),
        "{}",
        record.id
    );
}

/// Records of the seed corpus and of texts dense in amounts, counts, organizations and
/// dates.
fn sample_records() -> Vec<Record> {
    use crate::input::InputArticle;
    use crate::record::article_record;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            (
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    texts.push((
        "dense".into(),
        "Năm 2023, LĐLĐ tỉnh Hà Nam chi 5 tỷ đồng; ngày 1/2/2024 Công đoàn Giáo dục \
         Việt Nam chi 5 tỷ đồng. Năm 2024, LĐLĐ tỉnh Hà Nam chi 5 tỷ đồng cho 300 đoàn \
         viên. Khoảng 5 tỷ đồng. LĐLĐ tỉnh Hà Nam kết nạp 300 đoàn viên năm 2023 và \
         chi 5 tỷ đồng năm 2024.\n5 tỷ đồng"
            .repeat(3),
    ));
    texts
        .into_iter()
        .map(|(id, text)| article_record(&InputArticle::plain(&id, &text)))
        .collect()
}

#[test]
fn rows_match_the_quadratic_reference_on_the_corpus() {
    for record in sample_records() {
        assert_same_rows(&record);
    }
}

proptest::proptest! {
    /// Records made of the mentions of the samples, moved to random positions, resolved
    /// or not, with random values: the new rows are the old rows.
    #[test]
    fn rows_match_the_quadratic_reference_on_generated_records(
        orgs in proptest::collection::vec((0usize..60, 0usize..3, proptest::bool::ANY), 0..8),
        dates in proptest::collection::vec((0usize..60, 2022i32..2025, proptest::bool::ANY), 0..8),
        money in proptest::collection::vec((0usize..60, 1u8..3, proptest::bool::ANY), 0..10),
        counts in proptest::collection::vec(0usize..60, 0..4),
        stops in proptest::collection::vec(0usize..60, 0..6),
        published in proptest::option::of(2020i32..2026),
    ) {
        static TEMPLATE: std::sync::OnceLock<Record> = std::sync::OnceLock::new();
        let template = TEMPLATE.get_or_init(|| {
            sample_records().into_iter().find(|r| r.id == "dense").unwrap()
        });
        let mut record = template.clone();
        // Text of 60 code points with sentence ends at `stops`.
        let mut chars = vec!['x'; 60];
        for &at in &stops {
            if at + 1 < chars.len() {
                chars[at] = '.';
                chars[at + 1] = ' ';
            }
        }
        record.text = chars.into_iter().collect();
        record.published = published.map(|y| format!("{y}-01-02"));
        let org = &template.organizations[0];
        record.organizations = orgs
            .iter()
            .map(|&(start, name, resolved)| {
                let mut o = org.clone();
                o.start = start;
                o.canonical = ["A", "B", "C"][name].into();
                o.resolved = resolved;
                o
            })
            .collect();
        let date = &template.dates[0];
        record.dates = dates
            .iter()
            .map(|&(start, year, range)| {
                let mut d = date.clone();
                d.start = start;
                d.value = format!("{year}-03-04");
                if range {
                    d.granularity = Granularity::Range;
                }
                d
            })
            .collect();
        let amount = &template.money[0];
        record.money = money
            .iter()
            .map(|&(start, value, vague)| {
                let mut m = amount.clone();
                m.start = start;
                m.amount = f64::from(value) * 1e6;
                m.qualifier = if vague { Qualifier::Vague } else { Qualifier::Exact };
                m
            })
            .collect();
        let count = &template.member_counts[0];
        record.member_counts = counts
            .iter()
            .map(|&start| {
                let mut c = count.clone();
                c.start = start;
                c
            })
            .collect();
        assert_same_rows(&record);
    }

    /// Random attributions of random amounts: the new restatements are the old ones.
    #[test]
    fn restatements_match_the_quadratic_reference(
        mentions in proptest::collection::vec(
            (1u8..4, proptest::bool::ANY, 0usize..3, proptest::bool::ANY, 2013i32..2016, proptest::bool::ANY),
            0..24,
        ),
    ) {
        let amounts: Vec<(f64, Qualifier)> = mentions
            .iter()
            .map(|&(v, vague, ..)| {
                (f64::from(v), if vague { Qualifier::Vague } else { Qualifier::Exact })
            })
            .collect();
        let record = with_amounts(&amounts);
        let attributions: Vec<Attribution<'static>> = mentions
            .iter()
            .map(|&(_, _, org, org_said, year, year_said)| {
                attributed((["A", "B", "C"][org], org_said), (year, year_said))
            })
            .collect();
        proptest::prop_assert_eq!(
            restatements(&record, &attributions),
            reference_restatements(&record, &attributions)
        );
    }
}

/// The splitting rule, one character at a time (the first implementation).
fn reference_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut terminator = false;
    let mut token_len = 0usize;
    let mut token_upper = true;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            starts.push(i + 1);
            terminator = false;
        } else if c.is_whitespace() {
            if terminator {
                starts.push(i + 1);
            }
            terminator = false;
        } else {
            terminator = matches!(c, '.' | '!' | '?')
                && !(c == '.' && token_upper && (1..=3).contains(&token_len));
        }
        if c.is_alphabetic() {
            token_len += 1;
            token_upper &= c.is_uppercase();
        } else {
            token_len = 0;
            token_upper = true;
        }
    }
    starts
}

proptest::proptest! {
    #[test]
    fn sentence_starts_match_the_reference(
        text in "([a-zA-ZĐđẢàỆ ]{0,6}[.!?\n \u{a0}\t\"]{0,3}){0,12}"
    ) {
        proptest::prop_assert_eq!(SentenceIndex::new(&text).starts, reference_starts(&text));
    }
}

#[test]
fn sentence_starts_on_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(root).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert_eq!(SentenceIndex::new(&text).starts, reference_starts(&text));
    }
    for text in [
        "",
        ".",
        "A. B",
        "TP. Hồ",
        "ĐỨC. Mới",
        "ABCD. X",
        "a.\n\nb",
        "x! ",
        "Ô.\u{a0}y",
    ] {
        assert_eq!(
            SentenceIndex::new(text).starts,
            reference_starts(text),
            "{text:?}"
        );
    }
}

#[test]
fn sentences() {
    let text = "Năm 2023, LĐLĐ TP. Hồ Chí Minh chi 5 tỷ đồng. Tổng số 27.152 đoàn viên!\nMới";
    let index = SentenceIndex::new(text);
    let at = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
    assert_eq!(index.of(at("Hồ")), 0);
    assert_eq!(index.of(at("5 tỷ")), 0);
    assert_eq!(index.of(at("27.152")), 1);
    assert_eq!(index.of(at("Mới")), 2);
}
