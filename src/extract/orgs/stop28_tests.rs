//! Tests of stop 28's organization rules (docs/RULES.md, "Stop 28 — organizations"). Every
//! sentence is a real one from `../shared/corpus-real/general-10k.jsonl.gz` (its article id
//! given), none from a gold file.

use super::named_tests::assert_mention;
use super::stop24_tests::assert_no_mention_from;

#[test]
fn a_ward_named_after_a_person_is_read_with_its_police_and_committee() {
    // baomoi-22590120
    let text = "Theo thông tin chúng tôi vừa nhận được, Công an phường Lê Đại Hành (quận Hai Bà Trưng) đã đưa tài xế xe bán tải về trụ sở để làm rõ vụ việc.";
    assert_mention(
        text,
        "Công an phường Lê Đại Hành",
        "Công an phường Lê Đại Hành",
    );
    // baomoi-22317115
    let text = "Tại địa bàn nhu cầu đỗ xe rất lớn, ông Dương Tuấn Anh, Chủ tịch UBND phường Phạm Đình Hổ cho biết, hiện nay lực lượng công an liên tục phải dẹp.";
    assert_mention(
        text,
        "UBND phường Phạm Đình Hổ",
        "Ủy ban nhân dân phường Phạm Đình Hổ",
    );
}

#[test]
fn a_ward_name_followed_by_a_capitalized_word_reads_no_ward() {
    // baomoi-22545993 (general-10k): "Lê Thanh Nghị" runs into the next sentence's "Ông";
    // four capitalized words are no ward's name, and no full mention is read there.
    let text =
        "Văn bản cấm chó thả rông mà UBND phường Lê Thanh Nghị Ông Hậu cũng cho biết, đã có nhiều";
    assert_no_mention_from(text, "UBND phường Lê Thanh Nghị Ông");
    assert_no_mention_from(text, "UBND phường Lê Thanh Nghị ");
}
