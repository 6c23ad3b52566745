//! Tests of stop 24's organization classes (docs/RULES.md, "Stop 24 — organizations on
//! text the extractor was not tuned for"): another country's ministry or supreme court with
//! its country, the Party's bodies written short, the stock exchanges, sector abbreviations
//! written with spaces, "CĐ" after "ĐH" and a police unit with a bare place. Every sentence
//! is a real one from `../shared/corpus-real` (its article id given; a clause of the longest
//! ones), none from a gold file.

use super::named_tests::{assert_mention, canonicals};

/// The canonical name of the Party's Central Committee.
const PARTY_CENTRAL: &str = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam";

/// Fails if `text` holds an organization whose surface starts with `surface`.
pub(super) fn assert_no_mention_from(text: &str, surface: &str) {
    let found = canonicals(text);
    assert!(
        !found.iter().any(|(s, _)| s.starts_with(surface)),
        "{surface} read in {found:?}"
    );
}

#[test]
fn a_foreign_ministry_with_no_sector_row_keeps_its_country() {
    // baomoi-22522540
    let text = "Trước đó, Tổng thống Hàn Quốc Moon Jae-in đã chỉ định ông Cho Myoung-gyun, 60 tuổi, làm người đứng đầu Bộ Thống nhất Hàn Quốc.";
    assert_mention(text, "Bộ Thống nhất Hàn Quốc", "Bộ Thống nhất Hàn Quốc");
    // baomoi-22714301
    let text = "Bộ Lao động Mỹ cho biết, trong tháng 6 vừa qua, đã có thêm hơn 220 nghìn việc làm mới, tăng hơn so với dự báo trước đó.";
    assert_mention(text, "Bộ Lao động Mỹ", "Bộ Lao động Mỹ");
    // baomoi-22471096 (a clause): sectors joined by commas.
    let text = "giữa Bộ Giao thông vận tải Việt Nam và Bộ Giao thông, Hạ tầng, Đất đai và Du lịch Nhật Bản; - Bản ghi nhớ hợp tác";
    assert_mention(
        text,
        "Bộ Giao thông, Hạ tầng, Đất đai và Du lịch Nhật Bản",
        "Bộ Giao thông, Hạ tầng, Đất đai và Du lịch Nhật Bản",
    );
    // baomoi-22415945: a country added to country.rs, after a sector the table reads.
    let text = "Đón Thủ tướng và đoàn tại sân bay có đại diện Bộ Ngoại giao Hoa Kỳ, Đại sứ Hoa Kỳ tại Việt Nam Ted Osisus, Đại sứ Việt Nam tại Hoa Kỳ Phạm Quang Vinh cùng cán bộ, nhân viên Đại sứ quán và đông đảo bà con kiều bào.";
    assert_mention(text, "Bộ Ngoại giao Hoa Kỳ", "Bộ Ngoại giao Hoa Kỳ");
}

#[test]
fn a_ministry_before_another_is_no_foreign_ministry() {
    // baomoi-22720477: Vietnam's two ministries, the first written short; no country.
    let text = "Cụ thể, Viện công nghệ phần mềm và nội dung số (thuộc Bộ Thông tin Truyền thông) đã chủ trì phối hợp cùng các đơn vị của Bộ Lao động và Bộ Quốc phòng ứng dụng CNTT để xây dựng hệ thống cơ sở dữ liệu chung.";
    assert_no_mention_from(text, "Bộ Lao động");
}

#[test]
fn a_foreign_supreme_court_only_with_a_country() {
    // baomoi-22645380
    let text = "Sắc lệnh của Tổng thống Mỹ Donald Trump hạn chế nhập cảnh đối với công dân 6 quốc gia Hồi giáo và đã chính thức có hiệu lực từ ngày 30/6, sau khi Tòa án Tối cao Mỹ ra phán quyết cho phép triển khai một phần sắc lệnh.";
    assert_mention(text, "Tòa án Tối cao Mỹ", "Tòa án Tối cao Mỹ");
    // baomoi-22525551: a country of three words ("Ban" is a head of its own).
    let text =
        "Tòa án Tối cao Tây Ban Nha gần đây đã phê chuẩn bản án 21 tháng tù treo đối với Messi.";
    assert_mention(
        text,
        "Tòa án Tối cao Tây Ban Nha",
        "Tòa án Tối cao Tây Ban Nha",
    );
    // baomoi-22622574: a judge's name; baomoi-21472124: no country.
    let text = "Bản cáo trạng mà Trưởng Công tố Rodrigo Janot gửi Chánh án Tòa án Tối cao Edson Fachin nêu rõ JBS đã hối lộ ông Temer 150.000 USD.";
    assert_no_mention_from(text, "Tòa án");
    let text = "Cuối cùng, cuộc chiến về lệnh cấm nhập cư của Trump có thể sẽ diễn ra tại Tòa án Tối cao Liên bang.";
    assert_no_mention_from(text, "Tòa án");
}

#[test]
fn the_party_central_committee_written_short_or_bare() {
    // baomoi-22652714
    let text = "Ủy viên Bộ Chính trị - Thủ tướng Chính phủ Nguyễn Xuân Phúc; Ủy viên T.Ư Đảng - Phó Thủ tướng Chính phủ Vũ Đức Đam;";
    assert_mention(text, "T.Ư Đảng", PARTY_CENTRAL);
    // baomoi-22473362
    let text = "Từ khi Hiến pháp 2013 ra đời, Đảng và Nhà nước luôn phân công đồng chí Bí thư TW Đảng là Chánh án TANDTC.";
    assert_mention(text, "TW Đảng", PARTY_CENTRAL);
    // baomoi-22453204: "Ban Chấp hành Trung ương" with no party named.
    let text = "Ngày 3/6/2017, Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa (số 11-NQ/TW).";
    assert_mention(text, "Ban Chấp hành Trung ương", PARTY_CENTRAL);
}

#[test]
fn the_party_central_committee_as_a_parent_is_not_doubled() {
    // baomoi-22307548
    let text = "Sáng nay, 18-5, Ban Bí thư Trung ương Đảng đã tổ chức Hội nghị toàn quốc sơ kết một năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị khóa XII.";
    assert_mention(
        text,
        "Ban Bí thư Trung ương Đảng",
        "Ban Bí thư Trung ương Đảng Cộng sản Việt Nam",
    );
    // baomoi-22245618: was cut to "Văn phòng Trung ương".
    let text = "Trước đó Ban Kinh tế Trung ương được hợp nhất về Văn phòng Trung ương Đảng từ tháng 5/2007.";
    assert_mention(
        text,
        "Văn phòng Trung ương Đảng",
        "Văn phòng Trung ương Đảng Cộng sản Việt Nam",
    );
}

#[test]
fn party_commissions_written_with_an_abbreviated_central() {
    // baomoi-22384046
    let text = "Với trường hợp như ở Lào Cai, UBKT T.Ư có vào cuộc để kiểm tra không?";
    assert_mention(text, "UBKT T.Ư", "Ủy ban Kiểm tra Trung ương");
    // baomoi-22572775: after the post "Trưởng".
    let text = "Tại hội nghị giao ban báo chí ở Hà Nội sáng nay, một ngày trước Ngày Báo chí cách mạng Việt Nam (21/6), Trưởng Ban Tuyên giáo TƯ có những chia sẻ chân thành với lãnh đạo các cơ quan báo chí.";
    assert_mention(text, "Ban Tuyên giáo TƯ", "Ban Tuyên giáo Trung ương");
    // baomoi-22371924: the name ends at "T.Ư", not at "Trưởng đoàn".
    let text = "Đoàn đại biểu Đảng Cộng sản Việt Nam do đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng, Trưởng Ban Tuyên giáo T.Ư làm Trưởng đoàn.";
    assert_mention(text, "Ban Tuyên giáo T.Ư", "Ban Tuyên giáo Trung ương");
    // baomoi-22455834 and baomoi-22341144: a verb after "TƯ", a place after "TW".
    let text = "Nắng nóng kỷ lục tại miền Bắc những ngày qua khiến số lượng bệnh nhi đến khám tại BV Nhi TƯ tăng 10-15%.";
    assert_mention(text, "BV Nhi TƯ", "Bệnh viện Nhi Trung ương");
    let text =
        "như Bệnh viện Lão khoa TW, Bệnh viện Răng hàm mặt TW TP.HCM, Bệnh viện Hữu Nghị Việt Đức";
    assert_mention(
        text,
        "Bệnh viện Răng hàm mặt TW TP.HCM",
        "Bệnh viện Răng hàm mặt Trung ương Thành phố Hồ Chí Minh",
    );
}

#[test]
fn the_central_military_commission_vietnams_and_not_anothers() {
    // baomoi-22702838
    let text = "Đó là khẳng định của Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng khi đến thăm và làm việc với Tập đoàn Viễn thông Quân đội (Viettel), sáng 7-7.";
    assert_mention(text, "Quân ủy Trung ương", "Quân ủy Trung ương");
    // baomoi-22256532 (a clause): China's, named with its country, is not Vietnam's.
    let text = "đã có cuộc gặp Thượng tướng Phạm Trường Long, Ủy viên Bộ chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc.";
    assert!(canonicals(text)
        .iter()
        .all(|(_, c)| c != "Quân ủy Trung ương"));
}

#[test]
fn stock_exchanges_with_their_place() {
    // baomoi-21473546
    let text = "Quý IV/2016, doanh nghiệp hiện đang niêm yết trên Sở GDCK Hà Nội (HNX) với mã chứng khoán SJC báo lỗ sau thuế 1,2 tỷ đồng.";
    assert_mention(text, "Sở GDCK Hà Nội", "Sở Giao dịch Chứng khoán Hà Nội");
    // baomoi-21476286
    let text = "Ngày 6 - 2, ông Trần Quang Tuấn, Phó Tổng Giám đốc Công ty Cổ phần Xây dựng Coteccons đã ký văn bản gửi Ủy ban Chứng khoán Nhà nước và Sở Giao dịch Chứng khoán TP.HCM để công bố thông tin về việc trúng hai gói thầu gần 3.500 tỉ đồng.";
    assert_mention(
        text,
        "Sở Giao dịch Chứng khoán TP.HCM",
        "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh",
    );
}

#[test]
fn sector_abbreviations_written_with_spaces() {
    // baomoi-21474169
    let text = "Công văn số 301/BGDĐT-GDMN gửi Sở GD - ĐT Hà Nội, do Thứ trưởng Bộ GD - ĐT Nguyễn Thị Nghĩa ký, đã chỉ đạo rõ việc Sở phải sớm kiểm tra thông tin vụ bạo hành trẻ.";
    assert_mention(
        text,
        "Sở GD - ĐT Hà Nội",
        "Sở Giáo dục và Đào tạo thành phố Hà Nội",
    );
    assert_mention(text, "Bộ GD - ĐT", "Bộ Giáo dục và Đào tạo");
    // baomoi-22572046
    let text = "Chiều 20/6, tại buổi giao ban báo chí do Ban Tuyên giáo Thành ủy Hà Nội tổ chức, Phó Giám đốc Sở TT & TT Nguyễn Minh Khánh, đã thông tin về hội nghị.";
    // Stop 28: a department named without its place takes the article's province.
    assert_mention(
        text,
        "Sở TT & TT",
        "Sở Thông tin và Truyền thông thành phố Hà Nội",
    );
}

#[test]
fn cd_after_dh_is_a_college_not_a_union() {
    // baomoi-21511950
    let text = "Hiện nay, trên cả nước có 4 trung tâm kiểm định chất lượng giáo dục ĐH đã đi vào hoạt động là trung tâm của ĐHQH Hà Nội, ĐHQG Hồ Chí Minh, ĐH Đà Nẵng và trung tâm của Hiệp hội các trường ĐH, CĐ Việt Nam.";
    assert!(canonicals(text)
        .iter()
        .all(|(_, c)| c != "Công đoàn Việt Nam"));
}

#[test]
fn a_police_unit_with_a_bare_place() {
    // baomoi-22321044
    let text =
        "Phòng CSGT Hà Nội cho hay, các điểm nóng giao thông ở Hà Nội ùn ứ từ chiều tới tối.";
    assert_mention(
        text,
        "Phòng CSGT Hà Nội",
        "Phòng Cảnh sát giao thông Công an thành phố Hà Nội",
    );
    // baomoi-22724408
    let text = "Cơ quan CSĐT tỉnh Đắk Nông đã khởi tố vụ án thuê sát thủ từ Nghệ An vào Đắk Nông chém người.";
    assert_mention(
        text,
        "Cơ quan CSĐT tỉnh Đắk Nông",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Đắk Nông",
    );
}
