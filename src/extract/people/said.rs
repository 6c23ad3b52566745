//! A foreign name written alone, then an apposition between commas, then a verb of saying:
//! "Manan Mehta, đối tác sáng lập thuộc hãng Unshackled Ventures, cho hay …", "Matthew
//! Dunn, một đối tác về nhập cư kinh doanh tại hãng Kramer Levin, cho biết …" (real9-dev
//! baomoi-21476085), "Chue Thwel, con gái của Daw Myo Aye, cho biết" (real-dev
//! dantri-news_world_212), "Eric Trager, nhà nghiên cứu tại Viện Washington về Chính sách
//! Cận Đông, cho biết" (general-10k). A foreign name alone is a person's only with a role
//! or an age (`mod.rs`); someone described and then quoted is a person too (GUIDELINES.md
//! "People"). The apposition opens with a lower-case word that is no date ("Fox News, ngày
//! 7/2, cho biết" is a channel's report) and holds no sentence end or quote.

/// The verbs of saying read after the apposition.
const VERBS: [&str; 3] = ["cho biết", "cho hay", "nói"];

/// The longest apposition read, in bytes.
const MAX_APPOSITION: usize = 160;

/// Words that open a date or a time, no description of a person.
const NOT_DESCRIPTIONS: [&str; 4] = ["ngày", "hôm", "tháng", "năm"];

/// Whether the name `m` (ending at `end`) is a foreign name written alone that
/// [`apposition_says`].
pub(super) fn foreign_says(text: &str, m: super::NameMatch, end: usize) -> bool {
    m.foreign && apposition_says(text, m.start(), end)
}

/// Whether the name `start..end` opens its clause (no word before it: "công ty dịch vụ dầu
/// khí Baker Hughes, vừa được công bố …, cho hay" names a company) and is followed by ",
/// <apposition>, " and a verb of saying.
pub(super) fn apposition_says(text: &str, start: usize, end: usize) -> bool {
    let opens = text
        .get(..start)
        .and_then(|h| h.trim_end_matches(' ').chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric());
    if !opens {
        return false;
    }
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let mut cut = MAX_APPOSITION.min(rest.len());
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = rest.get(..cut).unwrap_or_default();
    let Some(comma) = window.find(", ") else {
        return false;
    };
    let apposition = &window[..comma];
    let first = apposition.split(' ').next().unwrap_or_default();
    let described = first.chars().next().is_some_and(char::is_lowercase)
        && !NOT_DESCRIPTIONS.contains(&first)
        && !apposition.contains(['.', ';', '"', '“', '”', ':', '(']);
    let after = &rest[comma + 2..];
    described
        && VERBS.iter().any(|v| {
            after.starts_with(v)
                && after[v.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::apposition_says;

    #[test]
    fn a_described_speaker_is_read() {
        // general-10k baomoi-22491527.
        let text = "Eric Trager, nhà nghiên cứu tại Viện Washington về Chính sách Cận Đông, \
                    cho biết";
        assert!(apposition_says(text, 0, "Eric Trager".len()));
    }

    #[test]
    fn a_date_or_a_sentence_end_is_no_description() {
        // general-10k baomoi-21491176: "Fox News, ngày 7/2, cho biết".
        assert!(!apposition_says(
            "Fox News, ngày 7/2, cho biết",
            0,
            "Fox News".len()
        ));
        assert!(!apposition_says(
            "Paris, thủ đô. Ông ấy, cho biết",
            0,
            "Paris".len()
        ));
        // general-10k baomoi-22655307: a company after a word, no speaker.
        let text = "công ty dịch vụ dầu khí Baker Hughes, vừa được công bố ngày 30/6, cho hay";
        let start = text.find("Baker").unwrap_or_default();
        assert!(!apposition_says(text, start, start + "Baker Hughes".len()));
    }
}
