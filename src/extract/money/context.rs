//! Whether an amount without a currency word is money: its clause's cue words and the word
//! after it (`rules/money_context.tsv`).

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::quantity::clause::clause_bounds;
use crate::extract::quantity::reading::Quantity;
use crate::extract::quantity::table::longest_first;
use crate::extract::quantity::words::{build_ac, letters_at, word_end, word_start};
use crate::normalize::chars::is_alnum;
use crate::rules::{cell_enum, Line, List, Row, RuleError, Table};

/// The rule table: words and their roles around a bare amount.
pub(crate) static MONEY_CONTEXT_TSV: Table = Table::new(
    "extract/rules/money_context.tsv",
    include_str!("../rules/money_context.tsv"),
    &["word", "role"],
    &["word"],
);

cell_enum! {
    /// What a word of [`MONEY_CONTEXT_TSV`] does for a bare amount.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Role {
        /// Earlier in the clause, it makes a bare amount money ("lương", "được").
        Cue = "cue",
        /// It may follow a bare amount that is money.
        Follower = "follower",
        /// Right after a bare amount, it makes it money alone ("30 tỷ tiền lương").
        MoneyFollower = "money_follower",
    }
}

/// A row of [`MONEY_CONTEXT_TSV`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ContextWord {
    /// The word, lower case.
    pub word: &'static str,
    /// Its roles.
    pub roles: Vec<Role>,
}

impl Row for ContextWord {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let roles: List<Role> = line.get("role")?;
        Ok(ContextWord {
            word: line.get("word")?,
            roles: roles.0,
        })
    }
}

/// Cue words (a bare amount in their clause is money), followers (words that may follow a
/// bare amount) and money followers (words that make it money alone: "30 tỷ tiền lương").
struct MoneyContext {
    cues: AhoCorasick,
    followers: HashSet<&'static str>,
    money_followers: HashSet<&'static str>,
}

/// The money context, parsed once; a malformed table (caught by the tests) gives none.
static MONEY_CONTEXT: LazyLock<MoneyContext> = LazyLock::new(|| {
    let rows: Vec<ContextWord> = MONEY_CONTEXT_TSV.load().unwrap_or_default();
    let rows = longest_first(rows, |row| row.word);
    let with = |role: Role| rows.iter().filter(move |row| row.roles.contains(&role));
    let cues: Vec<&str> = with(Role::Cue).map(|row| row.word).collect();
    MoneyContext {
        cues: build_ac(&cues, false),
        followers: with(Role::Follower).map(|row| row.word).collect(),
        money_followers: with(Role::MoneyFollower).map(|row| row.word).collect(),
    }
});

/// Periods of time a rate is given per, written after "/" ("1,5 triệu/tháng").
const PERIODS: [&str; 5] = ["tháng", "năm", "ngày", "tuần", "giờ"];

/// Whether `rest` (the text right after a scaled amount) opens with "/" and a period of
/// [`PERIODS`]: a sum per month or day, money even with no cue word in its clause (stop 24;
/// corpus-real, labour and general-10k: 15 such amounts were missed, all money: "thuê nhà
/// trọ 1,5 triệu/tháng", real6-dev; "Tìm việc 15 triệu/tháng", "tiền công 500 nghìn/ngày").
fn per_period(rest: &str) -> bool {
    rest.strip_prefix('/').is_some_and(|r| {
        PERIODS.iter().any(|p| {
            r.strip_prefix(p)
                .is_some_and(|after| !after.starts_with(is_alnum))
        })
    })
}

/// Whether a scaled amount without a currency word is money: thousands or more, a cue word
/// earlier in its clause, and a follower word or punctuation after it ("90 nghìn/bát"); or a
/// money follower after it ("30 tỷ tiền lương").
pub(super) fn bare_amount_is_money(text: &str, q: &Quantity) -> bool {
    if q.scale_exp < 3 {
        return false;
    }
    let rest = &text[q.end..];
    if per_period(rest) {
        return true;
    }
    let next = rest.trim_start_matches(' ');
    let follows = match next.chars().next() {
        None => true,
        Some(c) if is_alnum(c) => {
            let word = letters_at(next, 0).to_lowercase();
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
        .any(|m| word_start(&before, m.start()) && word_end(&before, m.end()))
}
