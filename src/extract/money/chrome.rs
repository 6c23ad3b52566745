//! A related video's headline with its source, run into the article's last line by the page's
//! chrome: "… tôm thành phẩm đã bơm tạp chất. Video: Tảo nở hoa tái diễn giết tôm hùm, dân
//! mất trắng hơn 700 tỷ đồng Nguồn: VnExpress" (real5-dev baomoi-22507337, whose gold has no
//! amount there). GUIDELINES.md ("What counts as the article"): related-news lists are not
//! annotated. Its amounts are no money of the article.
//!
//! Read: "Video: " opening a sentence (a line's start or after ". "), then no sentence end,
//! then "Nguồn: " (or "(Nguồn: ") and at most [`MAX_SOURCE`] bytes to the line's end. Over
//! labour.jsonl and general-10k (stop 21) 2 such headlines hold amounts ("Video: Kỳ lạ nghề
//! thư sofa kiếm 1000 USD/tháng >>> Đọc thêm: … (Nguồn: SCMP)"); a "Video: " caption that goes
//! on into the article's text has no source at its line's end and keeps its amounts.

/// The most bytes of a source's name after "Nguồn: " to the line's end ("VnExpress",
/// "Tuổi trẻ", "SCMP)").
const MAX_SOURCE: usize = 48;

/// The openers of a related video's headline.
const OPENERS: [&str; 3] = ["Video: ", "VIDEO: ", "Clip: "];

/// The byte spans of `text` that are a related video's headline and its source.
pub(super) fn related_video_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most articles have no opener at all: one forward search each, instead of a reverse
    // search for the source on every line (stop 21: 10 M instructions per 300 articles).
    let bytes = text.as_bytes();
    if !OPENERS
        .iter()
        .any(|o| memchr::memmem::find(bytes, o.as_bytes()).is_some())
    {
        return out;
    }
    let mut line_start = 0;
    for line in text.split('\n') {
        if let Some(span) = in_line(line) {
            out.push((line_start + span.0, line_start + span.1));
        }
        line_start += line.len() + 1;
    }
    out
}

/// The related video's headline in `line`, if any: its opener's start to the line's end.
fn in_line(line: &str) -> Option<(usize, usize)> {
    // The source ends the line.
    let source = line.rfind("Nguồn: ")?;
    if line.len() - source > MAX_SOURCE + "Nguồn: ".len() {
        return None;
    }
    let head = line.get(..source)?;
    // The last opener before the source, opening the line or a sentence.
    let opener = OPENERS
        .iter()
        .filter_map(|o| head.rfind(o))
        .filter(|&at| at == 0 || head.get(..at).is_some_and(|h| h.ends_with(". ")))
        .max()?;
    // No sentence ends between the opener and the source.
    let body = head.get(opener..)?;
    if body.contains(". ") {
        return None;
    }
    Some((opener, line.len()))
}

#[cfg(test)]
mod tests {
    use super::related_video_spans;

    #[test]
    fn a_related_video_with_its_source_ends_the_line() {
        // labour.jsonl baomoi-22507337 (real5-dev).
        let text = "Hồi cuối tháng 5, lực lượng của Tổng Cục cảnh sát cũng bắt quả tang cơ sở \
                    của ông Bùi Văn Minh có 50 kg thạch rau câu đã pha chế, và một lượng lớn tôm \
                    thành phẩm đã bơm tạp chất. Video: Tảo nở hoa tái diễn giết tôm hùm, dân mất \
                    trắng hơn 700 tỷ đồng Nguồn: VnExpress";
        let spans = related_video_spans(text);
        assert_eq!(spans.len(), 1);
        let (start, end) = spans[0];
        assert!(text[start..end].starts_with("Video: Tảo"));
        assert_eq!(end, text.len());
    }

    #[test]
    fn a_caption_that_goes_on_keeps_its_text() {
        // general-10k: a caption run into the article's text, no source at the line's end.
        let text = "Video: Dàn trai đẹp 6 múi phục vụ trong quán ăn ở Hà Nội Thời gian gần đây, \
                    nhiều người đã chia sẻ một số thông tin, hình ảnh tại một nhà hàng tại Thái Hà.";
        assert!(related_video_spans(text).is_empty());
        assert!(related_video_spans("").is_empty());
        assert!(related_video_spans("Nguồn: ").is_empty());
    }
}
