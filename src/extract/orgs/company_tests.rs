//! Tests of stop 23's company names (`words.rs`, `unit_name_end`): a legal form spelt out
//! before another head ("Công ty Cổ phần Tập đoàn …"), "và" between lower-case trade words,
//! a parent after a spaced dash, and legal forms with no name. Every sentence is a real one
//! from `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{assert_mention, canonical_names};

#[test]
fn a_spelt_legal_form_before_another_head_stays_in_the_name() {
    // labour baomoi-22570342 (read "Công ty Cổ" and "Tập đoàn Phú Mỹ")
    let text = "Dự án có tổng mức đầu tư giai đoạn một là 1.463 tỷ đồng do Công ty Cổ phần Tập đoàn Phú Mỹ làm chủ đầu tư.";
    assert_mention(
        text,
        "Công ty Cổ phần Tập đoàn Phú Mỹ",
        "Công ty Cổ phần Tập đoàn Phú Mỹ",
    );
    assert!(!canonical_names(text).iter().any(|n| n == "Công ty Cổ"));
    // general-10k baomoi-22543942: "Mai Linh" after "Tập đoàn" is the group's name, no
    // person's.
    let text = "Đến thời điểm hiện tại, Bộ GTVT đã cấp phép cho 7 đơn vị gồm: Công ty cổ phần Tập đoàn Mai Linh với ứng dụng Mailinh Car.";
    assert_mention(
        text,
        "Công ty cổ phần Tập đoàn Mai Linh",
        "Công ty cổ phần Tập đoàn Mai Linh",
    );
}

#[test]
fn va_between_lower_case_trade_words_goes_on_to_the_name() {
    // general-10k baomoi-22292226 (read "Công ty CP")
    let text = "Công ty CP đầu tư và thương mại DIC trúng đấu giá với giá 29,8 tỉ đồng, cao hơn giá khởi điểm 60 triệu đồng.";
    assert_mention(
        text,
        "Công ty CP đầu tư và thương mại DIC",
        "Công ty Cổ phần đầu tư và thương mại DIC",
    );
    // general-10k baomoi-22405437 (read "Công ty TNHH MTV")
    let text =
        "Theo đó, Công ty TNHH MTV tiếp vận và phân phối Phương Đông có trụ sở trên đường D5B.";
    assert_mention(
        text,
        "Công ty TNHH MTV tiếp vận và phân phối Phương Đông",
        "Công ty TNHH MTV tiếp vận và phân phối Phương Đông",
    );
}

#[test]
fn a_head_after_a_spaced_dash_is_a_parent() {
    // general-10k baomoi-22668341 (read "Công ty Constrexim - Bộ Xây")
    let text = "Công ty Điện Quang ký hợp đồng về hợp tác đầu tư tại khu đất số 12 Tôn Đản với Công ty Constrexim - Bộ Xây dựng, khi chưa được chủ sở hữu chấp thuận.";
    assert_mention(text, "Công ty Constrexim", "Công ty Constrexim");
    assert_mention(text, "Bộ Xây dựng", "Bộ Xây dựng");
}

#[test]
fn legal_forms_alone_name_no_company() {
    // general-10k baomoi-22321038
    let text = "Sau khi hoàn tất thủ tục chuyển đổi, CTCP Đường Biên Hòa sẽ được đăng ký chuyển thành Công ty TNHH MTV vốn 100% thuộc SBT.";
    assert!(!canonical_names(text)
        .iter()
        .any(|n| n.starts_with("Công ty TNHH")));
}
