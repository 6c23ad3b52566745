//! Whether an amount without a currency word is money: its clause's cue words and the word
//! after it (`rules/money_context.tsv`).

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::quantity::clause::clause_bounds;
use crate::extract::quantity::reading::Quantity;
use crate::extract::quantity::table::pairs_longest_first;
use crate::extract::quantity::words::{at_word_end, at_word_start, build_ac, word_at};
use crate::normalize::chars::is_alnum;

/// The rule file: columns word, roles (`cue`, `follower`, `money_follower`, comma-separated).
pub(crate) const MONEY_CONTEXT_TSV: &str = include_str!("../rules/money_context.tsv");

/// Cue words (a bare amount in their clause is money), followers (words that may follow a
/// bare amount) and money followers (words that make it money alone: "30 tỷ tiền lương").
struct MoneyContext {
    cues: AhoCorasick,
    followers: HashSet<&'static str>,
    money_followers: HashSet<&'static str>,
}

/// The money context, parsed once.
static MONEY_CONTEXT: LazyLock<MoneyContext> = LazyLock::new(|| {
    let rows = pairs_longest_first(MONEY_CONTEXT_TSV);
    let has = |roles: &str, name: &str| roles.split(',').any(|r| r == name);
    let cues: Vec<&str> = rows
        .iter()
        .filter(|(_, roles)| has(roles, "cue"))
        .map(|(w, _)| *w)
        .collect();
    let role = |name: &str| -> HashSet<&'static str> {
        rows.iter()
            .filter(|(_, roles)| has(roles, name))
            .map(|(w, _)| *w)
            .collect()
    };
    MoneyContext {
        cues: build_ac(&cues, false),
        followers: role("follower"),
        money_followers: role("money_follower"),
    }
});

/// Whether a scaled amount without a currency word is money: thousands or more, a cue word
/// earlier in its clause, and a follower word or punctuation after it ("90 nghìn/bát"); or a
/// money follower after it ("30 tỷ tiền lương").
pub(super) fn bare_amount_is_money(text: &str, q: &Quantity) -> bool {
    if q.scale_exp < 3 {
        return false;
    }
    let rest = &text[q.end..];
    let next = rest.trim_start_matches(' ');
    let follows = match next.chars().next() {
        None => true,
        Some(c) if is_alnum(c) => {
            let word = word_at(next, 0).to_lowercase();
            if MONEY_CONTEXT.money_followers.contains(word.as_str()) {
                return true;
            }
            MONEY_CONTEXT.followers.contains(word.as_str())
        }
        Some(c) => c != '%',
    };
    if !follows {
        return false;
    }
    let (left, _) = clause_bounds(text, q.start, q.end);
    let before = text[left..q.start].to_lowercase();
    MONEY_CONTEXT
        .cues
        .find_iter(&before)
        .any(|m| at_word_start(&before, m.start()) && at_word_end(&before, m.end()))
}
