//! Years listed after a year (stop 28, issue 12): "trong các năm 2013, 2014, 2015",
//! "trong năm 2015 và 2016", "vào các năm 2005, 2009 và 2013".
//!
//! Only the first year of such a list had a head word ("năm"), so only it was read; the
//! others are time references too, and GUIDELINES.md (Dates: "each occurrence gets its own
//! entry"; a year counts when it is used as a time reference) gives each its own entry
//! (real9-dev baomoi-21472639 writes "2014" and "2015" after "các năm 2013"). A year is
//! listed when it follows a year the extractor read as a date, after ", " or " và ", and is
//! later than the year before it (a list of years rises; a count after a comma, "năm 2016,
//! 2000 người", does not), up to [`LISTED_YEARS_MAX`]. A year that opens a range of its own
//! ("năm 2014 và 2015 - 2016") ends the list. The list starts only from a year read as a
//! date, so a document's years stay out ("Luật Đất đai năm 1987, 1993, 2001": the first is
//! a name, `heads`). Census of ../shared/corpus-real (release of stop 27): 39 lists after
//! "năm" with commas ("các năm 2007, 2008, 2010, 2011") and about 60 with " và " held only
//! their first year.

use super::point::{valid_point, Found, Meaning, Point};
use super::scan::{Shape, Token};

/// The most years listed after the first ("(2005, 2006, 2007, 2008, 2010, …)").
const LISTED_YEARS_MAX: usize = 10;

/// Words after a listed year that make it a quantity, not a year: "năm 2016, 2017 người".
const COUNTED: [&str; 6] = ["người", "đồng", "tỷ", "triệu", "nghìn", "ngàn"];

/// The years listed after `first` (a date found ending with token `next - 1`), each a date
/// of its own, from token `next` on.
pub(super) fn listed_years(text: &str, toks: &[Token], next: usize, first: &Found) -> Vec<Found> {
    let mut out = Vec::new();
    let Meaning::Point(Point::Year(mut prev_year)) = first.meaning else {
        return out;
    };
    let mut prev_end = first.end;
    for tok in toks.iter().skip(next).take(LISTED_YEARS_MAX) {
        let Shape::Year(year) = tok.shape else {
            break;
        };
        let gap = text.get(prev_end..tok.start).unwrap_or_default();
        let joined = matches!(gap, ", " | " và " | ", và ");
        let ok = joined
            && !tok.glued_before
            && !tok.glued_after
            && year > prev_year
            && valid_point(Point::Year(year))
            && !opens_range(text, tok.end)
            && !counted(text, tok.end);
        if !ok {
            break;
        }
        out.push(Found {
            start: tok.start,
            end: tok.end,
            meaning: Meaning::Point(Point::Year(year)),
            time_of_day: None,
        });
        prev_year = year;
        prev_end = tok.end;
    }
    out
}

/// Whether `f` is a year listed after another ("2014" of "các năm 2013, 2014"): a bare year
/// after ", " or " và " that follows four digits. Such a year tells no present
/// (`present`): the present was read from the list's first year before stop 28, and a later
/// year of a list of the past moved undated articles of 2017 to 2016 in corpus-real.
pub(super) fn is_listed(text: &str, f: &Found) -> bool {
    let Meaning::Point(Point::Year(_)) = f.meaning else {
        return false;
    };
    let surface = text.get(f.start..f.end).unwrap_or_default();
    if surface.len() != 4 {
        return false;
    }
    let before = text.get(..f.start).unwrap_or_default();
    let Some(rest) = [", và ", ", ", " và "]
        .iter()
        .find_map(|sep| before.strip_suffix(sep))
    else {
        return false;
    };
    rest.len() >= 4
        && rest.as_bytes()[rest.len() - 4..]
            .iter()
            .all(u8::is_ascii_digit)
}

/// Whether a range goes on after the year ending at `end` ("2015 - 2016", "2015 đến 2016").
fn opens_range(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    rest.starts_with('-')
        || rest.starts_with('–')
        || rest.starts_with("đến ")
        || rest.starts_with("tới ")
}

/// Whether the year ending at `end` counts something ("2017 người").
fn counted(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let Some(rest) = rest.strip_prefix(' ') else {
        return rest.starts_with('%');
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    crate::extract::caseless::lower_in(&word, &COUNTED)
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::day_ranges::tests::{p, pairs};

    #[test]
    fn years_listed_with_commas_are_dates() {
        // labour.jsonl baomoi-22340321.
        let text = "báo cáo liên tục tại các kỳ họp của Quốc hội khóa XIII, khóa XIV trong các \
                    năm 2013, 2014, 2015, 2016. \"Thủ tướng Chính phủ đã nhiều lần chỉ đạo";
        assert_eq!(
            pairs(text),
            [
                p("năm 2013", "2013"),
                p("2014", "2014"),
                p("2015", "2015"),
                p("2016", "2016")
            ]
        );
    }

    #[test]
    fn years_listed_with_and_are_dates() {
        // general-10k baomoi-22754075.
        let text = "thương mại song phương Trung-Triều đã giảm trong năm 2015 và 2016. Nhập khẩu";
        assert_eq!(pairs(text), [p("năm 2015", "2015"), p("2016", "2016")]);
        // general-10k baomoi-21480725: commas, then "và".
        let text = "liên tiếp trong các năm 2014, 2015 và 2016, hướng đi chiến lược trên";
        assert_eq!(
            pairs(text),
            [p("năm 2014", "2014"), p("2015", "2015"), p("2016", "2016")]
        );
    }

    #[test]
    fn a_document_count_or_range_lists_no_year() {
        // general-10k baomoi-22406388: the years of a law's versions name documents.
        let text = "được cấp theo quy định của Luật Đất đai năm 1987, 1993, 2001, 2003; - Giấy";
        assert!(pairs(text).is_empty());
        // A count after a comma does not rise, or counts people.
        assert_eq!(pairs("Trong năm 2016, 1500 người"), [p("năm 2016", "2016")]);
        assert_eq!(pairs("Trong năm 2016, 2017 người"), [p("năm 2016", "2016")]);
        // A range after "và" is not a listed year.
        let got = pairs("cách chức ủy viên nhiệm kỳ 2005 - 2010 và 2010 - 2015, bao gồm");
        assert!(got.iter().all(|(t, _)| t != "2010"), "{got:?}");
    }
}
