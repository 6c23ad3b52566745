//! The money extractor scored against the gold sets (to be replaced by `eval`).

use super::gold;

fn seed_money_score(strict: bool) -> gold::Score {
    let mut score = gold::Score::default();
    for (record, entry) in gold::seeds() {
        let key = |amount: f64, currency: &str, q: &str| {
            let base = gold::money_key(amount, currency);
            if strict {
                format!("{base} {q}")
            } else {
                base
            }
        };
        let expected = gold::locate(&record.text, &entry["gold"]["money"], |e| {
            key(
                e["amount"].as_f64().unwrap_or(f64::NAN),
                e["currency"].as_str().unwrap_or_default(),
                e["qualifier"].as_str().unwrap_or_default(),
            )
        });
        let predicted: Vec<gold::Scored> = record
            .money
            .iter()
            .map(|m| gold::Scored {
                start: m.start,
                end: m.end,
                key: key(m.amount, &m.currency, m.qualifier.as_str()),
                text: m.text.clone(),
            })
            .collect();
        score.add(&predicted, &expected);
    }
    score
}

#[test]
fn seeds_money_f1_at_least_095() {
    let score = seed_money_score(false);
    eprintln!("{}", score.report("seeds money (amount+currency)"));
    assert!(score.f1() >= 0.95, "{}", score.report("seeds money"));
    let strict = seed_money_score(true);
    eprintln!("{}", strict.report("seeds money (with qualifier)"));
    assert!(
        strict.f1() >= 0.95,
        "{}",
        strict.report("seeds money, strict")
    );
}

#[test]
fn news_extra_money_f1() {
    let mut score = gold::Score::default();
    for (record, entry) in gold::news_extra() {
        assert_eq!(record.text, entry["text"].as_str().unwrap_or_default());
        let expected = gold::locate(&record.text, &entry["gold"]["money"], |e| {
            let q = e["qualifier"].as_str().unwrap_or_default();
            format!(
                "{} {q}",
                gold::money_key(
                    e["amount"].as_f64().unwrap_or(f64::NAN),
                    e["currency"].as_str().unwrap_or_default()
                )
            )
        });
        let predicted: Vec<gold::Scored> = record
            .money
            .iter()
            .map(|m| gold::Scored {
                start: m.start,
                end: m.end,
                key: format!(
                    "{} {}",
                    gold::money_key(m.amount, &m.currency),
                    m.qualifier.as_str()
                ),
                text: m.text.clone(),
            })
            .collect();
        score.add(&predicted, &expected);
    }
    eprintln!(
        "{}",
        score.report("news-extra money (amount+currency+qualifier)")
    );
    assert!(score.f1() >= 0.95, "{}", score.report("news-extra money"));
}
