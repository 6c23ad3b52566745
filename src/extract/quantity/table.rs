//! Rows of the quantity rule files (`rules/*.tsv`): `#` comment lines, a header row, then
//! cells split on tabs.

/// Rows of a rule file: `#` comment lines and the header line skipped, cells split on tabs.
pub(crate) fn rule_rows(source: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    source
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// Two-column rows of a rule file, longest key first (so that the longest phrase matches).
pub(crate) fn pairs_longest_first(source: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut rows: Vec<_> = rule_rows(source)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect();
    rows.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
    rows
}
