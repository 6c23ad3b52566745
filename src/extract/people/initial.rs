//! A name whose last word is an initial with its full stop: "chị Trần Thị Th. (SN 1985),
//! công nhân Urenco 2)" (real8-dev baomoi-22548592), "anh Nguyễn Hùng S. (sinh năm 1975, trú
//! TP Pleiku, Gia Lai)", "anh Nguyễn Xuân A. (35 tuổi, …)" (labour.jsonl; 18 such names in
//! 9 articles). Crime and accident news shorten a private person's given name to its first
//! letters; the full stop is part of the name as written (GUIDELINES.md "People": `text` is
//! the first full surface of the name), and read as a sentence end it also cut the person off
//! the role after the parenthesis (decision 18). The stop is taken only when the sentence
//! goes on after it: a space and then "(", "," or a lower-case word, or "(" / "," at once.

/// The initials longer than one letter: the first consonant of a given name written with
/// two or three letters ("Trần Thị Th.", "Nguyễn Thị Hằng Ng."). A capital and one
/// lower-case letter is no initial otherwise: "Co." (Saigon Co.), "Hà", "Vũ" are words.
const DIGRAPHS: [&str; 11] = [
    "Ch", "Gh", "Gi", "Kh", "Ng", "Ngh", "Nh", "Ph", "Qu", "Th", "Tr",
];

/// Where the name ending at `end` ends with its initial's full stop: `end + 1` when the
/// name's last word is an initial (one capital letter, or one of [`DIGRAPHS`]) and a full
/// stop follows that does not end the sentence; else `end`.
pub(super) fn initial_end(text: &str, end: usize) -> usize {
    let head = text.get(..end).unwrap_or_default();
    let last = head.rsplit(' ').next().unwrap_or_default();
    let mut chars = last.chars();
    let one_letter = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if !one_letter && !DIGRAPHS.contains(&last) {
        return end;
    }
    let Some(after) = text.get(end..).and_then(|r| r.strip_prefix('.')) else {
        return end;
    };
    let next = after.strip_prefix(' ').unwrap_or(after).chars().next();
    let goes_on = next.is_some_and(|c| c == '(' || c == ',' || c.is_lowercase());
    if goes_on {
        end + 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::initial_end;

    #[test]
    fn an_initial_keeps_its_stop_mid_sentence() {
        // labour.jsonl: "anh Nguyễn Hùng S. (sinh năm 1975, trú TP Pleiku, Gia Lai)".
        let text = "trường hợp anh Nguyễn Hùng S. (sinh năm 1975, trú TP Pleiku, Gia Lai)";
        let end = text.find(" S").map(|i| i + 2).unwrap_or_default();
        assert_eq!(
            &text[..initial_end(text, end)],
            "trường hợp anh Nguyễn Hùng S."
        );
    }

    #[test]
    fn a_sentence_end_or_a_full_word_keeps_no_stop() {
        // labour.jsonl: "… lừa "phú nông" Phạm Văn K. thì kiều nữ …" goes on; a sentence
        // end before a capital does not.
        let goes_on = "lừa phú nông Phạm Văn K. thì kiều nữ";
        let end = goes_on.find(" K").map(|i| i + 2).unwrap_or_default();
        assert_eq!(initial_end(goes_on, end), end + 1);
        let ends = "do Phạm Văn K. Sau đó";
        let end = ends.find(" K").map(|i| i + 2).unwrap_or_default();
        assert_eq!(initial_end(ends, end), end);
        for full in ["ông Nguyễn Văn Sơn. (ảnh)", "Marketing Saigon Co., bà"] {
            let end = full.find('.').unwrap_or_default();
            assert_eq!(initial_end(full, end), end);
        }
    }
}
