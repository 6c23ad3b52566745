//! Tests of stop 27's mends of stop 26's organization rules (docs/RULES.md, "Stop 27 —
//! organizations"): one organization name, one kind, wherever it is read; another country's
//! government or assembly read with its country. Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a dev gold file.

use std::collections::BTreeMap;

use super::named_tests::assert_mention;
use super::stop24_tests::assert_no_mention_from;
use super::*;

/// The (surface, canonical) pairs of the rows of a rule table whose column `column` (by
/// index) holds one of `grammars`, the canonical in column `canonical`: `org_heads.tsv`
/// fixed rows, `org_names.tsv` names and brands.
fn rows(
    table: &'static str,
    column: usize,
    canonical: usize,
    grammars: &[&str],
) -> Vec<(&'static str, &'static str)> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            let grammar = cells.get(column)?;
            grammars
                .contains(grammar)
                .then(|| Some((*cells.first()?, *cells.get(canonical)?)))
                .flatten()
        })
        .collect()
}

#[test]
fn one_organization_name_gets_one_kind_from_every_path() {
    // A name stored once per canonical keeps the kind read first: two kinds made a
    // concurrent PostgreSQL load differ from a sequential one ("UB Thường vụ QH", a fixed
    // row, the State's; "Ủy ban Thường vụ Quốc hội" in full, read by the "Ủy ban" head,
    // other).
    let mut rows_read = rows(include_str!("../rules/org_heads.tsv"), 1, 2, &["fixed"]);
    rows_read.extend(rows(
        include_str!("../rules/org_names.tsv"),
        2,
        1,
        &["name", "brand"],
    ));
    let mut kinds: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    // Each row's surface, and its canonical name written in full.
    let written = rows_read.iter().flat_map(|(s, c)| [*s, *c]);
    for surface in written {
        let text = format!("Theo đó, {surface} đã họp.");
        for span in find(&Document::from_text(&text)) {
            kinds
                .entry(span.full_canonical())
                .or_default()
                .insert(format!("{:?}", span.kind), surface.to_string());
        }
    }
    let two: Vec<_> = kinds.iter().filter(|(_, k)| k.len() > 1).collect();
    assert!(two.is_empty(), "names read with two kinds: {two:?}");
}

#[test]
fn another_countrys_government_or_assembly_is_its_own_organization() {
    // general-10k baomoi-22544298
    let text = "Quốc hội Thổ Nhĩ Kỳ đã thông qua dự luật cho phép triển khai binh lính tới căn cứ đồn trú của nước này tại Qatar, thể hiện sự ủng hộ với quốc gia vùng Vịnh giữa lúc bị cô lập, theo Middle East Eyes.";
    assert_mention(text, "Quốc hội Thổ Nhĩ Kỳ", "Quốc hội Thổ Nhĩ Kỳ");
    // general-10k baomoi-22514816: before a person's name too.
    let text = "Chủ tịch Quốc hội Cuba Esteban Lazo Hernández đã đến dự và phát biểu tại Phiên họp toàn thể, Kỳ họp thứ ba, Quốc hội khóa XIV.";
    assert_mention(text, "Quốc hội Cuba", "Quốc hội Cuba");
    // general-10k baomoi-22451415: the building is a place.
    let text = "Trước đó, ngày 22/3, một đối tượng đã lái xe lao qua cầu Wesminster đâm vào nhiều người đi đường trước khi xông thẳng về phía tòa nhà Quốc hội Anh và dùng dao đâm nhân viên cảnh sát bảo vệ.";
    assert_no_mention_from(text, "Quốc hội");
    // A family name after the head stays Vietnam's body (national.rs).
    assert_mention(
        "Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.",
        "Chính phủ",
        "Chính phủ Việt Nam",
    );
}

#[test]
fn a_newspaper_after_a_lead_word_is_read_with_a_lower_case_bao() {
    // labour.jsonl baomoi-22258010
    let text = "PV báo Lao Động đã đặt câu hỏi với lãnh đạo tỉnh và chủ đầu tư về vấn đề nhà ở.";
    assert_mention(text, "báo Lao Động", "Báo Lao Động");
    // general-10k baomoi-22355421: a medium of media.tsv read whole, with its canonical.
    let text = "Ngày 23-5, đại diện Tổng Công ty Cấp nước Sài Gòn TNHH MTV (Sawaco) đã có buổi làm việc với báo Pháp Luật TP.HCM để giải thích những vấn đề liên quan.";
    assert_mention(
        text,
        "báo Pháp Luật TP.HCM",
        "Báo Pháp luật Thành phố Hồ Chí Minh",
    );
    // general-10k baomoi-22604191: a country's press is no newspaper.
    let text = "Theo báo Anh, con trăn chết người đang cuộn tròn trên một thanh kèo của mái nhà.";
    assert_no_mention_from(text, "báo");
    // labour.jsonl: "nhà báo" is a journalist, "báo cáo" no name.
    let text = "Nhận xét của nhà báo Lại Văn Sâm được báo cáo Bộ Công an.";
    assert_no_mention_from(text, "báo");
}
