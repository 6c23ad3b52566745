//! Issue 12 classes of roles added in session 18 (an occupation's lower-case modifiers, the
//! prefix "nữ", verbs that end a role), each on a real sentence of corpus-real (none from
//! the gold files' texts).

use super::class_tests::{names_and_roles, person};

#[test]
fn an_occupation_keeps_its_lower_case_modifiers_before_a_verb() {
    // general-10k baomoi-22382008: "đã" ends the role, "bảo vệ" is the kind of work.
    let text = "Trong quá trình truy đuổi, khống chế 2 tên cướp, anh Trần Văn Khang (sinh năm 1992, quê Bến Tre) là nhân viên bảo vệ đã bị 2 tên cướp đâm giữa lưng.";
    assert_eq!(
        names_and_roles(text),
        [person("Trần Văn Khang", &["nhân viên bảo vệ"])]
    );
    // general-10k baomoi-21494001: after an apposition, ended by "có".
    let text = "Hôm nay, ông Lưu Đức Tuấn (45 tuổi, trú phường Lam Sơn, TP Thanh Hóa), tài xế xe đầu kéo có hành vi chống đối cảnh sát giao thông Thanh Hóa, đã đến trình diện cơ quan công an.";
    assert_eq!(
        names_and_roles(text),
        [person("Lưu Đức Tuấn", &["tài xế xe đầu kéo"])]
    );
    // labour baomoi-22271544: ended by "trong".
    let text = "Theo hồ sơ, ông Lưu Mạnh Tuấn (chồng bà Hạnh, sinh năm 1981, quê Nghệ An) là công nhân thời vụ trong đội ép cọc của Công ty Phong Châu.";
    assert!(names_and_roles(text).contains(&person("Lưu Mạnh Tuấn", &["công nhân thời vụ"])));
}

#[test]
fn nu_before_a_role_word_is_the_roles() {
    // labour baomoi-22553588: "nữ" and the modifiers are the role's, the name follows.
    let text = "Trong ảnh: Địa điểm nơi nữ công nhân vệ sinh môi trường Trần Thị Thanh bị hành hung đến bất tỉnh vào tối 15/6 (ảnh: VTV)";
    assert!(names_and_roles(text).contains(&person(
        "Trần Thị Thanh",
        &["nữ công nhân vệ sinh môi trường"]
    )));
}

#[test]
fn new_family_names_and_the_preposition_tu() {
    // general-10k baomoi-22352701: "Tòng" is a family name (surnames.tsv).
    let text = "Quốc hội họp phiên khai mạc dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Phó Chủ tịch Quốc hội Tòng Thị Phóng điều hành phiên họp.";
    assert!(names_and_roles(text).contains(&person("Tòng Thị Phóng", &["Phó Chủ tịch Quốc hội"])));
    // general-10k baomoi-22379391: "Từ" before a country is "from", no family name.
    let text = "Nữ ca sĩ đang tập luyện ca khúc Người đứng xem. Từ Hàn Quốc, nữ ca sĩ bày tỏ niềm tự hào và vinh sự khi được tham dự.";
    assert!(names_and_roles(text)
        .iter()
        .all(|(n, _)| n != "Từ Hàn Quốc"));
}

#[test]
fn di_ends_a_role_and_bi_can_is_one() {
    // labour baomoi-22543945: "đi" (role_stops.tsv) ends the role's organization part.
    let text = "Khoảng 19h30 ngày 15/6, chị Trần Thị Thanh (32 tuổi) là công nhân thuộc Công ty Xí nghiệp môi trường đô thị số 2 đi tuyên truyền, nhắc người dân đổ rác.";
    assert!(names_and_roles(text).contains(&person(
        "Trần Thị Thanh",
        &["công nhân thuộc Công ty Xí nghiệp môi trường đô thị số 2"]
    )));
    // general-10k baomoi-22627741: "bị can" (roles.tsv) before each name.
    let text = "Cơ quan CSĐT đã ra quyết định khởi tố vụ án và bắt tạm giam bị can Bùi Mạnh Quốc, bị can Trần Văn Sơn.";
    let got = names_and_roles(text);
    assert!(
        got.contains(&person("Bùi Mạnh Quốc", &["bị can"])),
        "{got:?}"
    );
    assert!(
        got.contains(&person("Trần Văn Sơn", &["bị can"])),
        "{got:?}"
    );
}

#[test]
fn a_post_after_giu_chuc_is_the_roles() {
    // general-10k baomoi-22626221: "giữ chức" (post.rs) introduces the post.
    let text = "Đại tá Huỳnh Thanh Mộng giữ chức Phó Giám đốc Công an tỉnh Vĩnh Long. Ảnh: TH";
    let got = names_and_roles(text);
    assert!(
        got.contains(&person(
            "Huỳnh Thanh Mộng",
            &["Đại tá", "Phó Giám đốc Công an tỉnh Vĩnh Long"]
        )),
        "{got:?}"
    );
}
