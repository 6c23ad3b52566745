//! The member-count extractor scored against the gold sets (to be replaced by `eval`).

use crate::extract::money::gold;

fn seed_count_score(strict: bool) -> gold::Score {
    let mut score = gold::Score::default();
    for (record, entry) in gold::seeds() {
        let key = |count: u64, category: &str, q: &str| {
            if strict {
                format!("{count} {category} {q}")
            } else {
                format!("{count} {category}")
            }
        };
        let expected = gold::locate(&record.text, &entry["gold"]["member_counts"], |e| {
            key(
                e["count"].as_u64().unwrap_or(u64::MAX),
                e["category"].as_str().unwrap_or_default(),
                e["qualifier"].as_str().unwrap_or_default(),
            )
        });
        let predicted: Vec<gold::Scored> = record
            .member_counts
            .iter()
            .map(|c| gold::Scored {
                start: c.start,
                end: c.end,
                key: key(c.count, c.category.as_str(), c.qualifier.as_str()),
                text: c.text.clone(),
            })
            .collect();
        score.add(&predicted, &expected);
    }
    score
}

#[test]
fn seeds_member_counts_f1_at_least_095() {
    let score = seed_count_score(false);
    eprintln!("{}", score.report("seeds member counts (count+category)"));
    assert!(
        score.f1() >= 0.95,
        "{}",
        score.report("seeds member counts")
    );
    let strict = seed_count_score(true);
    eprintln!("{}", strict.report("seeds member counts (with qualifier)"));
    assert!(
        strict.f1() >= 0.95,
        "{}",
        strict.report("seeds counts, strict")
    );
}

#[test]
fn news_extra_has_no_member_counts() {
    // The general-news passages annotate no member counts ("5.199 trường hợp chưa đến
    // giải quyết", "2,250 người" are not union counts).
    for (record, entry) in gold::news_extra() {
        let expected = entry["gold"]["member_counts"]
            .as_array()
            .map_or(0, Vec::len);
        assert_eq!(
            record.member_counts.len(),
            expected,
            "{:?}",
            record.member_counts
        );
    }
}
