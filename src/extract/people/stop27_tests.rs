//! Stop 27: people and roles. Each test on a real sentence of corpus-real (labour.jsonl or
//! general-10k); all but one from outside the gold files' texts (`que_ends_an_occupation`
//! says which).

use super::stop19b_tests::roles_of;

#[test]
fn an_officer_rank_before_the_name_is_a_role() {
    // labour.jsonl, baomoi-22714265: the rank is a role of its own beside the post.
    let text = "Thiếu tá Chu Văn Hương - Đội trưởng đội điều tra án, Phòng an ninh điều tra Công an tỉnh Nghệ An cho biết, thời gian qua, đơn vị đã phá nhiều đường dây.";
    assert_eq!(
        roles_of(text, "Chu Văn Hương"),
        [
            "Thiếu tá",
            "Đội trưởng đội điều tra án, Phòng an ninh điều tra Công an tỉnh Nghệ An"
        ]
    );
}

#[test]
fn a_lower_case_rank_is_a_role_and_its_army_is_part_of_it() {
    // general-10k, baomoi-22230302 and baomoi-22366371.
    let text = "Sáng 10-5, trao đổi với phóng viên Báo Người Lao Động, thượng tá Hoàng Xuân Thu, Phó trưởng Công an huyện Krông Năng, tỉnh Đắk Lắk, cho biết trung úy Triệu Văn Lai (SN 1984, công tác tại Công an huyện Krông Năng) đã tử vong vào tối 9-5 do bị tai nạn giao thông.";
    assert_eq!(roles_of(text, "Triệu Văn Lai"), ["trung úy"]);
    let text = "Ngày 24/5, Trung tướng Không quân Mỹ Jeffrey Harrigian cho biết quân đội hai nước Mỹ-Nga đã tăng cường số cuộc điện đàm nhằm giảm thiểu nguy cơ xảy ra các vụ đụng độ trên không phận Syria, theo TTXVN.";
    assert_eq!(
        roles_of(text, "Jeffrey Harrigian"),
        ["Trung tướng Không quân Mỹ"]
    );
}

#[test]
fn bac_sy_is_bac_si() {
    // labour.jsonl, baomoi-22355077.
    let text = "Bác sỹ Lê Ngọc Châu - Giám đốc Sở Y tế khẳng định: “Năm nào chúng tôi cũng có tờ trình đề nghị chuyển ngạch cho anh em nhưng không có kết quả.";
    assert_eq!(
        roles_of(text, "Lê Ngọc Châu"),
        ["Bác sỹ", "Giám đốc Sở Y tế"]
    );
}

#[test]
fn a_role_after_hien_la_or_tung_la_is_the_names() {
    // general-10k, dantri-news_education_061 and baomoi-22264814.
    let text = "Đó là lời khuyên của thầy giáo Đỗ Viết Tuấn hiện là Trưởng Khoa Công nghệ thông tin, Trường Cao đẳng Cơ khí Nông nghiệp Vĩnh Phúc với các thí sinh tốt nghiệp THPT năm nay.";
    assert_eq!(
        roles_of(text, "Đỗ Viết Tuấn"),
        [
            "thầy giáo",
            "Trưởng Khoa Công nghệ thông tin, Trường Cao đẳng Cơ khí Nông nghiệp Vĩnh Phúc"
        ]
    );
    let text = "Trương Thiết Lâm (giữa) từng là giảng viên của trường và cũng vướng bê bối quan hệ với hai nữ sinh rồi bỏ rơi họ khi biết mang thai.";
    assert_eq!(roles_of(text, "Trương Thiết Lâm"), ["giảng viên"]);
}

#[test]
fn que_ends_an_occupation() {
    // labour.jsonl, baomoi-22454389, which is also a real8-dev text: the one sentence of
    // corpus-real with "quê" inside a role the base build read. The home province is no
    // part of the role.
    let text = "Anh Lê Văn Hồng (37 tuổi, công nhân xây dựng quê Thanh Hóa) cho biết: 3 ngày nay, vợ chồng anh tạm nghỉ làm.";
    assert_eq!(roles_of(text, "Lê Văn Hồng"), ["công nhân xây dựng"]);
}

#[test]
fn two_names_before_la_share_the_role() {
    // general-10k, baomoi-22302204.
    let text = "Theo cáo trạng, Ngô Thị Hà Quyên và Đinh Thị Hồng là giáo viên của lớp mầm non tư thục Thiên Thần Nhỏ ở quận Long Biên. Quá trình làm việc, họ được bà Cao Khánh Ly (phụ trách) giao trông trẻ.";
    let role = ["giáo viên của lớp mầm non tư thục Thiên Thần Nhỏ ở quận Long Biên"];
    assert_eq!(roles_of(text, "Ngô Thị Hà Quyên"), role);
    assert_eq!(roles_of(text, "Đinh Thị Hồng"), role);
    // The same sentence with "lần lượt là" (respectively): nothing is shared.
    let text = "Theo cáo trạng, Ngô Thị Hà Quyên và Đinh Thị Hồng lần lượt là giáo viên và bảo mẫu của lớp.";
    assert!(roles_of(text, "Ngô Thị Hà Quyên").is_empty());
}
