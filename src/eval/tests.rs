//! Tests of the scorer.
use super::keys::{amount_key, money_key, Item, Locator};
use super::*;
use crate::normalize::normalize;
use crate::record::Qualifier;

#[test]
fn counts_arithmetic() {
    let c = Counts {
        gold: 4,
        predicted: 5,
        matched: 4,
    };
    assert_eq!(c.recall(), 1.0);
    assert!((c.precision() - 0.8).abs() < 1e-9);
    assert!((c.f1() - 0.888_888).abs() < 1e-3);
    assert_eq!(Counts::default().f1(), 1.0);
    assert_eq!(
        Counts {
            gold: 2,
            predicted: 0,
            matched: 0
        }
        .f1(),
        0.0
    );
}

#[test]
fn money_is_keyed_by_amount_currency_and_qualifier() {
    assert_eq!(amount_key(60_800_000_000.000_01), "60800000000");
    assert_eq!(amount_key(0.06), "0.06");
    assert_eq!(amount_key(88.38), "88.38");
    assert_eq!(
        money_key(1e14, None, "VND", "vague"),
        "100000000000000 VND vague"
    );
    assert_eq!(
        money_key(1_150_000.0, Some(3_100_000.0), "VND", "range"),
        "1150000-3100000 VND range"
    );
    assert_ne!(
        money_key(1.0, None, "USD", "exact"),
        money_key(1.0, None, "VND", "exact")
    );
}

fn gold_article(gold: serde_json::Value, text: &str) -> GoldArticle {
    serde_json::from_value(serde_json::json!({"id": "a", "text": text, "gold": gold})).unwrap()
}

#[test]
fn a_record_range_matches_the_gold_range_and_qualifiers_count() {
    use crate::input::InputArticle;
    use crate::record::article_record;
    let text = "Mức hỗ trợ từ 1 đến 2 triệu đồng, tổng cộng hơn 40 triệu đồng.";
    let record = article_record(&InputArticle::plain("a", text));
    assert_eq!(record.money[0].amount_max, Some(2_000_000.0));
    assert_eq!(record.money[0].qualifier, Qualifier::Exact);
    let gold = |qualifier: &str| {
        gold_article(
            serde_json::json!({"money": [
                {"text": "từ 1 đến 2 triệu đồng", "amount": 1000000, "amount_max": 2000000,
                 "currency": "VND", "qualifier": "range"},
                {"text": "hơn 40 triệu đồng", "amount": 40000000, "currency": "VND",
                 "qualifier": qualifier}
            ]}),
            text,
        )
    };
    let report = evaluate(&[gold("more_than")], std::slice::from_ref(&record));
    let money = report.get("money").unwrap();
    assert_eq!(money.by_value.matched, 2, "{:?}", money);
    assert_eq!(money.by_mention.matched, 2);
    // The same amount with another qualifier is a miss and a spurious value.
    let report = evaluate(&[gold("about")], std::slice::from_ref(&record));
    let money = report.get("money").unwrap();
    assert_eq!(money.by_value.matched, 1);
    assert_eq!(money.missed, ["a: 40000000 VND about"]);
    assert_eq!(money.spurious, ["a: 40000000 VND more_than"]);
}

#[test]
fn roles_are_scored_with_people() {
    use crate::input::InputArticle;
    use crate::record::article_record;
    let text = "Dự có đồng chí Lê Quang Toản - Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.";
    let record = article_record(&InputArticle::plain("a", text));
    let gold = gold_article(
        serde_json::json!({"people": [
            {"text": "Lê Quang Toản", "roles": ["Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"]}
        ]}),
        text,
    );
    let report = evaluate(&[gold], &[record]);
    let roles = report.get("roles").unwrap();
    assert_eq!((roles.by_value.gold, roles.by_value.matched), (2, 2));
    assert_eq!(roles.by_mention.matched, 2);
    // Gold without people scores no roles.
    let gold = gold_article(serde_json::json!({"dates": []}), text);
    let record = article_record(&InputArticle::plain("a", text));
    assert!(evaluate(&[gold], &[record]).get("roles").is_none());
}

#[test]
fn locator_walks_in_order() {
    let text = "năm 2023 và năm 2024, năm 2023";
    let mut loc = Locator::new(text);
    assert_eq!(loc.find("năm 2023"), Some((0, 8)));
    assert_eq!(loc.find("năm 2023"), Some((22, 30)));
}

/// The first mention matching: every output scanned for every gold item.
fn reference_mention_matches(gold: &[Item], output: &[Item]) -> usize {
    let mut used = vec![false; output.len()];
    let mut mention_matches = 0;
    for g in gold {
        let hit = output
            .iter()
            .enumerate()
            .position(|(k, o)| !used[k] && o.value == g.value && overlaps(g.span, o.span));
        if let Some(k) = hit {
            used[k] = true;
            mention_matches += 1;
        }
    }
    mention_matches
}

fn items(raw: &[(u8, Option<(usize, usize)>)]) -> Vec<Item> {
    raw.iter()
        .map(|&(value, span)| Item {
            value: value.to_string(),
            span: span.map(|(s, len)| (s, s + len)),
        })
        .collect()
}

proptest::proptest! {
    #[test]
    fn mention_matches_match_the_reference(
        gold in proptest::collection::vec((0u8..3, proptest::option::of((0usize..20, 1usize..4))), 0..12),
        output in proptest::collection::vec((0u8..3, proptest::option::of((0usize..20, 1usize..4))), 0..12),
    ) {
        let (gold, output) = (items(&gold), items(&output));
        let mut score = TypeScore::default();
        score_article("a", &gold, &output, &mut score);
        proptest::prop_assert_eq!(
            score.by_mention.matched,
            reference_mention_matches(&gold, &output)
        );
    }
}

/// The first locator: counts code points from the start of the text for every item.
struct ReferenceLocator<'a> {
    text: &'a str,
    from: usize,
}

impl ReferenceLocator<'_> {
    fn find(&mut self, surface: &str) -> Option<(usize, usize)> {
        let needle = normalize(surface);
        if needle.is_empty() {
            return None;
        }
        let hit = self.text[self.from..]
            .find(&needle)
            .map(|i| i + self.from)
            .or_else(|| self.text.find(&needle))?;
        self.from = hit + needle.len();
        let start = self.text[..hit].chars().count();
        Some((start, start + needle.chars().count()))
    }
}

proptest::proptest! {
    #[test]
    fn locator_matches_the_reference(
        text in "[aăđ ờ1.]{0,40}",
        surfaces in proptest::collection::vec("[aăđ ờ1.]{0,3}", 0..12),
    ) {
        let mut new = Locator::new(&text);
        let mut old = ReferenceLocator { text: &text, from: 0 };
        for surface in &surfaces {
            proptest::prop_assert_eq!(new.find(surface), old.find(surface), "{:?}", surface);
        }
    }
}

#[test]
fn empty_sets_have_one_convention() {
    // Nothing expected and nothing predicted: perfect.
    let none = Counts::default();
    assert_eq!(
        (none.precision(), none.recall(), none.f1()),
        (1.0, 1.0, 1.0)
    );
    // Only one side empty: zero, whichever side it is.
    for c in [
        Counts {
            gold: 0,
            predicted: 3,
            matched: 0,
        },
        Counts {
            gold: 3,
            predicted: 0,
            matched: 0,
        },
    ] {
        assert_eq!(
            (c.precision(), c.recall(), c.f1()),
            (0.0, 0.0, 0.0),
            "{c:?}"
        );
    }
    // The same holds per article and for the set: an article without money that gets none
    // scores 1.
    use crate::input::InputArticle;
    use crate::record::article_record;
    let text = "Ngày 17/1/2024, LĐLĐ tỉnh tổ chức hội nghị.";
    let record = article_record(&InputArticle::plain("a", text));
    let gold = gold_article(serde_json::json!({"money": []}), text);
    let report = evaluate(&[gold], &[record]);
    let money = report.get("money").unwrap();
    assert_eq!(money.by_value, Counts::default());
    assert_eq!(money.by_value.f1(), 1.0);
    assert_eq!(money.by_article.len(), 1);
    assert_eq!(money.by_article[0].by_mention.f1(), 1.0);
}

#[test]
fn variants_compare_less_or_more_than_the_type() {
    use crate::input::InputArticle;
    use crate::record::article_record;
    let text = "Tổng số tiền hơn 40 triệu đồng; kết nạp hơn 120 đoàn viên mới.";
    let record = article_record(&InputArticle::plain("a", text));
    let gold = gold_article(
        serde_json::json!({
            "money": [{"text": "hơn 40 triệu đồng", "amount": 40000000, "currency": "VND",
                       "qualifier": "about"}],
            "member_counts": [{"text": "hơn 120 đoàn viên mới", "count": 120,
                               "category": "new_members", "qualifier": "about"}]
        }),
        text,
    );
    let report = evaluate(&[gold], std::slice::from_ref(&record));
    let matched = |kind: &str| report.get(kind).map(|s| s.by_value.matched);
    // The qualifier is wrong: money misses, money_amount matches.
    assert_eq!(matched("money"), Some(0));
    assert_eq!(matched("money_amount"), Some(1));
    assert_eq!(
        matched("member_counts"),
        Some(1),
        "{:?}",
        record.member_counts
    );
    assert_eq!(matched("member_counts_qualified"), Some(0));
    // Variants are not in the table.
    assert!(!report.table().contains("money_amount"));
}

#[test]
fn events_are_scored_with_their_organizer_in_a_variant() {
    use crate::input::InputArticle;
    use crate::record::article_record;
    // A seed-like sentence: one conference, held by the province's federation.
    let text = "Ngày 17/1/2024, LĐLĐ tỉnh Bình Dương tổ chức hội nghị tổng kết năm 2023.";
    let mut record = article_record(&InputArticle::plain("a", text));
    assert_eq!(record.events.len(), 1, "{:?}", record.events);
    let event = record.events[0].clone();
    let gold = |organizer: &str| {
        gold_article(
            serde_json::json!({"events": [{
                "type": event.event_type.as_str(), "date": event.date, "organizer": organizer,
                "evidence": event.text}]}),
            text,
        )
    };
    record.events[0].organizer = Some("Liên đoàn Lao động tỉnh Bình Dương".into());
    let right = evaluate(
        &[gold("Liên đoàn Lao động tỉnh Bình Dương")],
        std::slice::from_ref(&record),
    );
    let wrong = evaluate(
        &[gold("Công đoàn Viên chức tỉnh Bình Dương")],
        std::slice::from_ref(&record),
    );
    let matched = |r: &Report, kind: &str| r.get(kind).map(|s| s.by_value.matched);
    assert_eq!(matched(&right, "events"), Some(1));
    assert_eq!(matched(&right, "events_organizer"), Some(1));
    // Type and date right, organizer wrong: the event matches, the variant does not.
    assert_eq!(matched(&wrong, "events"), Some(1));
    assert_eq!(matched(&wrong, "events_organizer"), Some(0));
    // No organizer on either side is a match ("| null").
    record.events[0].organizer = None;
    let gold_none = gold_article(
        serde_json::json!({"events": [{
            "type": event.event_type.as_str(), "date": event.date, "organizer": null,
            "evidence": event.text}]}),
        text,
    );
    let none = evaluate(&[gold_none], std::slice::from_ref(&record));
    assert_eq!(matched(&none, "events_organizer"), Some(1));
}

#[test]
fn a_malformed_gold_line_names_its_line_and_the_others_parse() {
    let good = r#"{"id": "a", "text": "x", "gold": {}}"#;
    let (articles, errors) = parse_gold_lines(&format!("{good}\n\n{{oops\n{good}\n"));
    assert_eq!(articles.len(), 2);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].to_string().starts_with("gold line 3: "),
        "{}",
        errors[0]
    );
    assert!(parse_gold(&format!("{good}\n{{oops\n")).is_err());
}

#[test]
fn organizations_differing_only_in_case_match_in_the_folded_variant() {
    use crate::input::InputArticle;
    use crate::record::article_record;
    // A labour sentence: the record writes the company as the text does ("Cổ phần").
    let text = "Công ty Cổ phần May Việt Tiến tổ chức hội nghị người lao động.";
    let record = article_record(&InputArticle::plain("a", text));
    let canonicals: Vec<&str> = record
        .organizations
        .iter()
        .map(|o| o.canonical.as_str())
        .collect();
    assert_eq!(canonicals, ["Công ty Cổ phần May Việt Tiến"]);
    let gold = |canonical: &str| {
        gold_article(
            serde_json::json!({"organizations": [
                {"text": "Công ty Cổ phần May Việt Tiến", "canonical": canonical}]}),
            text,
        )
    };
    let matched = |canonical: &str, kind: &str| {
        let report = evaluate(&[gold(canonical)], std::slice::from_ref(&record));
        report.get(kind).map(|s| s.by_value.matched)
    };
    // Decision 13: the same company with "cổ phần" in lower case.
    assert_eq!(
        matched("Công ty cổ phần May Việt Tiến", "organizations"),
        Some(0)
    );
    assert_eq!(
        matched("Công ty cổ phần May Việt Tiến", "organizations_folded"),
        Some(1)
    );
    // Another company stays a miss in both.
    assert_eq!(
        matched("Công ty cổ phần May Nhà Bè", "organizations_folded"),
        Some(0)
    );
    assert_eq!(
        matched("Công ty Cổ phần May Việt Tiến", "organizations"),
        Some(1)
    );
}
