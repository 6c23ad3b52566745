//! Words that look like a role word or a family name but are a syllable of a longer name
//! (stop 21, issue 12): the role reader must not start a role there, nor the name scan a
//! person.
//!
//! - "Bộ Tư lệnh" (a command, an organization: "Tư lệnh Bộ Tư lệnh Vùng Cảnh sát biển 2",
//!   "người đứng đầu Bộ tư lệnh các lực lượng Lục quân Mỹ") holds the role word "Tư
//!   lệnh"; read as a role word it cut the organization part of the role before it at
//!   "Bộ" (the reader stops at a role word). Corpus-real (labour.jsonl and general-10k):
//!   "Bộ Tư lệnh" / "Bộ tư lệnh" 80 times, "Tư lệnh" 73 other times.
//! - "Đại sứ quán" (an embassy) holds the role word "Đại sứ": "chuyển Đại sứ quán Mỹ từ Tel
//!   Aviv" gave "Tel Aviv" the role "Đại sứ Mỹ từ".
//! - "Dương" (ocean) ends "Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương", "Bắc Băng
//!   Dương" and is a family name too: "Tư lệnh Hạm đội Thái Bình Dương Mỹ Harry Harris"
//!   gave the person "Dương Mỹ Harry Harris" (general-10k: 8 people of the stop-21 build
//!   so, 3 of the stop-20 build; the oceans are written 510 times).
//! - "Âu" (Europe) ends "châu Âu" and is a family name too: "Chủ tịch Hội đồng châu Âu
//!   Donald Tusk" gave the person "Âu Donald Tusk" the role "Chủ tịch Hội đồng châu" (stop
//!   25: 21 people of corpus-real so; "châu"/"Châu" is followed by no other family name
//!   there, and by "Âu" 421 times).

/// Role words (lower case) and the syllable written before them that makes them a word of
/// an organization's name: "bộ tư lệnh" (a command).
const ROLE_WORD_AFTER: [(&str, &str); 1] = [("bộ ", "tư lệnh")];

/// Role words (lower case) and the syllable written after them that makes them another
/// noun: "đại sứ quán" (an embassy).
const ROLE_WORD_BEFORE: [(&str, &str); 1] = [("đại sứ", " quán")];

/// Whether the role word at `start..end` of the lower-cased text `lower` is a word of a
/// longer name ([`ROLE_WORD_AFTER`], [`ROLE_WORD_BEFORE`]).
pub(super) fn role_word_inside_name(lower: &str, start: usize, end: usize) -> bool {
    let word = lower.get(start..end).unwrap_or_default();
    let head = lower.get(..start).unwrap_or_default();
    let rest = lower.get(end..).unwrap_or_default();
    ROLE_WORD_AFTER.iter().any(|(before, role)| {
        word == *role
            && head
                .strip_suffix(before)
                .is_some_and(|h| h.is_empty() || h.ends_with(|c: char| !c.is_alphanumeric()))
    }) || ROLE_WORD_BEFORE.iter().any(|(role, after)| {
        word == *role
            && rest
                .strip_prefix(after)
                .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// The names written before "Dương" that make it an ocean's last syllable, each with its
/// space.
const OCEAN_HEADS: [&str; 4] = ["Thái Bình ", "Ấn Độ ", "Đại Tây ", "Bắc Băng "];

/// The ocean's syllable ("Dương") as written.
const OCEAN: &str = "Dương";

/// The words written before "Âu" that make it Europe's syllable ("châu Âu"), each with its
/// space.
const EUROPE_HEADS: [&str; 2] = ["châu ", "Châu "];

/// Europe's syllable ("Âu") as written.
const EUROPE: &str = "Âu";

/// Whether the family name at byte `start` is a region's last syllable
/// ([`region_syllable_len`]: "Thái Bình Dương", "châu Âu"): no person's name starts there.
pub(super) fn region_syllable(text: &str, start: usize) -> bool {
    region_syllable_len(text, start).is_some()
}

/// The length of the family name at byte `start` when it is a region's last syllable: an
/// ocean's ("Thái Bình Dương") or Europe's ("châu Âu"). No person's name starts there; one
/// may start after it ("Chủ tịch Hội đồng châu Âu Donald Tusk").
pub(super) fn region_syllable_len(text: &str, start: usize) -> Option<usize> {
    let head = text.get(..start).unwrap_or_default();
    let rest = text.get(start..).unwrap_or_default();
    [(OCEAN, &OCEAN_HEADS[..]), (EUROPE, &EUROPE_HEADS[..])]
        .iter()
        .find(|(syllable, heads)| {
            rest.strip_prefix(syllable)
                .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                && heads.iter().any(|h| {
                    head.strip_suffix(h)
                        .is_some_and(|b| b.is_empty() || !b.ends_with(char::is_alphanumeric))
                })
        })
        .map(|(syllable, _)| syllable.len())
}

/// Whether the word at `start` is a syllable of a place name of the lexicon
/// (`provinces.tsv`, `districts.tsv`, `district_units.tsv`) that starts at the word before
/// it: "quận Hai Bà Trưng", "huyện Kỳ Anh", "huyện Đông Anh", whose "Bà" and "Anh" are no
/// titles (stop 25: the role "Phó Trưởng phòng GD&ĐT quận Hai Bà Trưng" was cut to "…
/// quận Hai" 23 times in corpus-real, at "Kỳ Anh" and "Đông Anh" 2 more).
pub(super) fn place_syllable(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let before = head.rfind(' ').map_or(0, |i| i + 1);
    let lexicon = &crate::extract::lexicon::LEXICON;
    lexicon
        .place_at(text, before)
        .or_else(|| lexicon.place_after_level_at(text, before))
        .is_some_and(|(end, _)| end > start)
}

/// Words that make the noun after them plural ("các nhà lãnh đạo Saudi Arabia", "hai nhà
/// lãnh đạo", "2 nhà lãnh đạo").
const PLURALS: [&str; 6] = ["các", "những", "hai", "2", "nhiều", "mấy"];

/// Whether the role word at `start..end` of `lower` is "nhà lãnh đạo" after one of
/// [`PLURALS`]: leaders in general, no role of the name near them (stop 22, second round:
/// such phrases gave 4 of the row's first 72 corpus-real changes a wrong role, "gặp gỡ các
/// nhà lãnh đạo Saudi Arabia"). Other role words keep theirs: "hai bị cáo Nguyễn Văn Cần
/// và Trần Trường An" gives each "bị cáo").
pub(super) fn leaders_after_a_plural(lower: &str, start: usize, end: usize) -> bool {
    lower.get(start..end) == Some("nhà lãnh đạo")
        && lower
            .get(..start)
            .and_then(|h| h.strip_suffix(' '))
            .and_then(|h| h.rsplit(' ').next())
            .is_some_and(|w| PLURALS.contains(&w))
}

/// The leaders' word without "nhà" ("lãnh đạo", also "cựu lãnh đạo"): a role word only
/// right before a country (`role_countries.tsv`, or a one-word place of
/// `foreign_places.tsv`): "Lãnh đạo Triều Tiên Kim Jong-un", "lãnh đạo Đài Loan Thái Anh
/// Văn", "cố lãnh đạo Libya Muammar Gaddafi" (stop 23: "lãnh đạo" / "Lãnh đạo" before a
/// country and a person 25 times in general-10k where the person kept no role). Elsewhere
/// it is a body's leadership ("Lãnh đạo TP.HCM bày tỏ", "lãnh đạo Bộ Nội vụ"; a row of
/// its own took 98 people's roles in general-10k, about half wrong: "lãnh đạo Real Madrid"
/// read as a person, "lãnh đạo Đông Nam Á đầu tiên tới Nhà Trắng"), and after a plural
/// word ([`PLURALS`]) several leaders.
pub(super) fn leadership_not_of_a_country(
    text: &str,
    lower: &str,
    start: usize,
    end: usize,
) -> bool {
    let word = lower.get(start..end).unwrap_or_default();
    if word != "lãnh đạo" && !word.ends_with(" lãnh đạo") || word.ends_with("nhà lãnh đạo")
    {
        return false;
    }
    let plural = lower
        .get(..start)
        .and_then(|h| h.strip_suffix(' '))
        .and_then(|h| h.rsplit(' ').next())
        .is_some_and(|w| PLURALS.contains(&w));
    plural || !country_after(text, end) && !leadership_after_a_name(text, lower, start, end)
}

/// Whether a country (`role_countries.tsv`, or a one-word place of `foreign_places.tsv`)
/// is written after the space at byte `end`.
fn country_after(text: &str, end: usize) -> bool {
    let after = end + 1;
    text.get(end..after) == Some(" ")
        && (super::stage::country_at(text, after).is_some()
            || text
                .get(after..)
                .and_then(|rest| rest.split([' ', ',', '.', '(', ')', ';', ':']).next())
                .is_some_and(super::foreign::is_foreign_place))
}

/// Words after the leaders' word that make it a group's: the leadership of several bodies
/// ("Trần Đức Phấn, lãnh đạo các đơn vị Hà Nội, TP.HCM đóng góp nhiều quân"), no one's role.
const GROUP_AFTER: [&str; 4] = [" các ", " một số ", " những ", " và "];

/// Whether the leaders' word at `start..end` (`lower` its lower-cased view), before no
/// country, is written right after a name ([`after_a_name`]) and before no group
/// ([`GROUP_AFTER`]): the name's role, read after it only (stop 24).
pub(super) fn leadership_after_a_name(text: &str, lower: &str, start: usize, end: usize) -> bool {
    let word = lower.get(start..end).unwrap_or_default();
    (word == "lãnh đạo" || word.ends_with(" lãnh đạo") && !word.ends_with("nhà lãnh đạo"))
        && after_a_name(text, start)
        && !country_after(text, end)
        && !lower
            .get(end..)
            .is_some_and(|rest| GROUP_AFTER.iter().any(|g| rest.starts_with(g)))
}

/// The separators after a name that open its apposition ("Sergei Kadalov, lãnh đạo …",
/// "Lương Văn Quý - lãnh đạo Cty …").
const APPOSITION_OPENERS: [&str; 3] = [", ", " - ", " – "];

/// Whether byte `start` follows a capitalized word and an apposition opener
/// ([`APPOSITION_OPENERS`]): a role word there describes the name before it (stop 24:
/// "ông Lương Văn Quý - lãnh đạo Cty Điện lực Hai Bà Trưng - cho biết", labour.jsonl
/// baomoi-22557537; "Sergei Kadalov, lãnh đạo phòng giám sát và ngăn ngừa thuộc Bộ Tình
/// trạng Khẩn cấp"). The leaders' word after a name is kept only for a name without a role
/// before it (`super::leadership_after_a_role`): after "ROLE NAME, " it opens the next item
/// of a list ("Phó Thủ tướng Vũ Đức Đam, lãnh đạo một số bộ, ban, ngành").
pub(super) fn after_a_name(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    APPOSITION_OPENERS.iter().any(|opener| {
        head.strip_suffix(opener)
            .and_then(|h| h.rsplit(' ').next())
            .is_some_and(|word| word.starts_with(char::is_uppercase))
    })
}

/// Whether the word before the name starting at `start` opens no longer name: it ends a
/// clause (a punctuation mark after it) or is lower-case ("ứng viên Marine Le Pen"); a
/// capitalized word or code before it ("CT4 Xa La", a building) makes the name part of
/// another's.
pub(super) fn name_stands_alone(text: &str, start: usize) -> bool {
    let head = text.get(..start).unwrap_or_default().trim_end_matches(' ');
    head.rsplit([' ', '\n']).next().is_none_or(|w| {
        w.is_empty()
            || w.ends_with(|c: char| c.is_ascii_punctuation() || "“”…".contains(c))
            || w.starts_with(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    fn inside(text: &str, word: &str) -> bool {
        let lower = lower_aligned(text);
        let start = lower.find(word).unwrap_or(0);
        role_word_inside_name(&lower, start, start + word.len())
    }

    #[test]
    fn a_command_and_an_embassy_hold_no_role_word() {
        // general-10k baomoi-22515648, baomoi-22383448.
        assert!(inside(
            "Tướng Robert Abrams, người đứng đầu Bộ tư lệnh các lực lượng Lục quân Mỹ",
            "tư lệnh"
        ));
        assert!(inside(
            "quyết định chuyển Đại sứ quán Mỹ từ Tel Aviv",
            "đại sứ"
        ));
        assert!(!inside("Tư lệnh Hải quân Mỹ John Richardson", "tư lệnh"));
        assert!(!inside("Đại sứ Mỹ tại Qatar Dana Smith", "đại sứ"));
    }

    #[test]
    fn dương_after_an_ocean_head_is_no_family_name() {
        // general-10k baomoi-21472534.
        let text = "Tư lệnh Hạm đội Thái Bình Dương Mỹ Harry Harris";
        let at = text.find("Dương").unwrap_or(0);
        assert!(region_syllable(text, at));
        let text = "ông Dương Văn Minh";
        let at = text.find("Dương").unwrap_or(0);
        assert!(!region_syllable(text, at));
    }
}
