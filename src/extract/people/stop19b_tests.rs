//! Stop 19, second round: where a role read after a dash ended, each on a real sentence
//! of corpus-real (labour.jsonl or general-10k, none from the gold files' texts): a pair
//! of names glued by a dash, a dash glued to a word's end, an organization mention run
//! into a sentence opener, a comma before the next people named, an age closed by a full
//! stop in a parenthesis.

use super::*;
use crate::extract::Document;

/// The roles the people rules give `name` in `text` (shared by the role tests of stops 19
/// and 20).
pub(super) fn roles_of(text: &str, name: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs)
        .0
        .into_iter()
        .find(|p| p.name == name)
        .map(|p| p.roles.into_iter().map(|r| r.0).collect())
        .unwrap_or_default()
}

#[test]
fn a_pair_glued_by_a_dash_is_one_name() {
    // general-10k, baomoi-21491982: the role was cut at "Tổ".
    let text = "Trao đổi với PV Infonet qua điện thoại, bà Trần Thị Quỳnh Trang-Trưởng phòng Tổ chức-Hành chính của trường thừa nhận xe của trường có ghé vào để thắp hương tại Đền.";
    assert_eq!(
        roles_of(text, "Trần Thị Quỳnh Trang"),
        ["Trưởng phòng Tổ chức-Hành chính"]
    );
}

#[test]
fn a_dash_glued_to_a_words_end_ends_the_role() {
    // general-10k, baomoi-21512546: "chuyên gia" lost "phong thủy-", the second role was
    // not read.
    let text = "Trong khi TS. Nguyễn Văn Vịnh- chuyên gia phong thủy- Trưởng khoa Khoa học cơ bản, Trường Đại học Mỹ thuật Công nghiệp Hà Nội trả lời báo chí, cho biết: \"Việc cúng sao giải hạn vốn xuất phát từ Đạo giáo của Trung Hoa\".";
    assert_eq!(
        roles_of(text, "Nguyễn Văn Vịnh"),
        [
            "chuyên gia phong thủy",
            "Trưởng khoa Khoa học cơ bản, Trường Đại học Mỹ thuật Công nghiệp Hà Nội"
        ]
    );
    // general-10k, baomoi-22379763: the dash was kept in the role.
    let text = "Ông Vương Trinh Quốc - Chánh Văn phòng UBND tỉnh Lào Cai- người phát ngôn của tỉnh tại buổi làm việc với phóng viên TTXVN, ngày 26/5.";
    assert_eq!(
        roles_of(text, "Vương Trinh Quốc"),
        // Stop 21: "người phát ngôn" is a role word, "của tỉnh" its own unit.
        [
            "Chánh Văn phòng UBND tỉnh Lào Cai",
            "người phát ngôn của tỉnh"
        ]
    );
}

#[test]
fn an_organization_run_into_a_sentence_opener_ends_before_it() {
    // general-10k, baomoi-22604284: a full stop missing after "Hà Nội".
    let text = "GS Hoàng Minh Sơn- Hiệu trưởng ĐH Bách Khoa Hà Nội Qua các đợt kiểm tra thấy kì thi năm nay yên ả, trật tự.";
    assert_eq!(
        roles_of(text, "Hoàng Minh Sơn"),
        ["Hiệu trưởng ĐH Bách Khoa Hà Nội"]
    );
    // labour.jsonl, baomoi-22480202: an opener inside the name is a word of it.
    let text = "Momtaz Wassef, giám đốc nghiên cứu lĩnh vực y sinh của Hội đồng Tối cao về Y tế, đã bỏ việc ở Mỹ sau khi nhận lời mời của chính phủ Qatar.";
    assert_eq!(
        roles_of(text, "Momtaz Wassef"),
        ["giám đốc nghiên cứu lĩnh vực y sinh của Hội đồng Tối cao"]
    );
}

#[test]
fn a_word_and_a_role_word_after_a_comma_are_no_part_of_the_role() {
    // labour.jsonl, baomoi-22267185: "Ban Giám đốc" are the next people named; a name
    // found alone before a dash glued to it holds its role like the spaced form.
    let text = "Dự và chỉ đạo Hội nghị thành lập công đoàn cơ sở Công ty cổ phần Hợp tác JA Việt ngày 11/5 có các đồng chí: Phạm Bá Vĩnh- Phó Chủ tịch LĐLĐ Thành phố Hà Nội; Nguyễn Bá Châu- Chánh văn phòng LĐLĐ Thành phố Hà Nội; Phan Thị Thu Hằng- Chủ tịch LĐLĐ quận Long Biên, Ban Giám đốc và 40 công nhân lao động Công ty cổ phần Hợp tác JA Việt.";
    assert_eq!(
        roles_of(text, "Phan Thị Thu Hằng"),
        ["Chủ tịch LĐLĐ quận Long Biên"]
    );
    assert_eq!(
        roles_of(text, "Nguyễn Bá Châu"),
        ["Chánh văn phòng LĐLĐ Thành phố Hà Nội"]
    );
    assert_eq!(
        roles_of(
            "Hôm qua, Nguyễn Bá Châu- Chánh văn phòng LĐLĐ Thành phố Hà Nội cho biết.",
            "Nguyễn Bá Châu"
        ),
        ["Chánh văn phòng LĐLĐ Thành phố Hà Nội"]
    );
}

#[test]
fn an_age_closed_by_a_full_stop_in_a_parenthesis_goes_before_the_role() {
    // labour.jsonl, baomoi-22454532.
    let text = "Còn anh Lê Văn Hồng (37 tuổi. Công nhân xây dựng) chia sẻ: “ Hàng ngày cứ từ 11 giờ trưa là mọi người bắt đầu xuống hầm đây để tránh nắng”.";
    assert_eq!(roles_of(text, "Lê Văn Hồng"), ["Công nhân xây dựng"]);
}
