//! Tests of stop 28's organization rules (docs/RULES.md, "Stop 28 — organizations"). Every
//! sentence is a real one from `../shared/corpus-real/general-10k.jsonl.gz` or
//! `labour.jsonl` (its article id given), none from a gold file.

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

#[test]
fn a_department_named_without_its_place_takes_the_articles_province() {
    // baomoi-22746011
    let text = "Ngày 13-7, HĐND thành phố Hải Phòng khóa 15 đã bầu ông Phạm Văn Hà (51 tuổi, Giám đốc Sở NN-PTNT Hải Phòng) và ông Nguyễn Văn Thành (48 tuổi, Giám đốc Sở Tài chính) giữ chức Phó Chủ tịch UBND thành phố khóa 15.";
    assert_mention(text, "Sở Tài chính", "Sở Tài chính thành phố Hải Phòng");
    // baomoi-22261362: the inspectorate of a department named bare is completed too.
    let text = "Thanh tra Sở Y tế Thành phố Hồ Chí Minh vừa có quyết định tạm đình chỉ hoạt động đối với 2 phòng khám đa khoa tư nhân do có nhiều sai phạm trong quá trình hoạt động. Ngoài ra, mỗi phòng khám còn bị Thanh tra Sở Y tế xử phạt từ 36-42 triệu đồng theo các lỗi vi phạm cụ thể.";
    assert_mention(
        text,
        "Thanh tra Sở Y tế",
        "Thanh tra Sở Y tế Thành phố Hồ Chí Minh",
    );
}

#[test]
fn departments_of_every_province_are_a_generic_plural() {
    // baomoi-22363782
    let text = "Bộ Y tế yêu cầu các Sở Y tế và bệnh viện có tên trên báo cáo về thu chi.";
    assert_no_mention_from(text, "Sở Y tế");
}

#[test]
fn a_management_board_is_read_with_the_name_after_it() {
    // baomoi-22554005
    let text = "Ngoài ra, Ban Quản lý dự án thủy điện 4 sẽ chấm dứt hoạt động sau khi hoàn thành quyết toán các dự án.";
    assert_mention(
        text,
        "Ban Quản lý dự án thủy điện 4",
        "Ban Quản lý dự án thủy điện 4",
    );
    // baomoi-21479590
    let text = "Tổng chiều dài đường bộ lên đến đỉnh Yên Tử (chùa Đồng) khoảng 6 km qua hàng nghìn bậc đá len lỏi dọc đường rừng Ông Lê Tiến Dũng, Ban Quản lý di tích và rừng Quốc gia Yên Tử, cho biết: Lễ hội Xuân Yên Tử kéo dài suốt 3 tháng mùa xuân.";
    assert_mention(
        text,
        "Ban Quản lý di tích và rừng Quốc gia Yên Tử",
        "Ban Quản lý di tích và rừng Quốc gia Yên Tử",
    );
}

#[test]
fn a_management_board_does_not_run_into_the_sentence() {
    // baomoi-21478393
    let text = "- Như ông từng nói nếu các lễ hội “quá tải” du khách mà Ban Quản lý không thay đổi cách thức tổ chức thì những bất cập vẫn sẽ tiếp tục xảy ra.";
    assert_no_mention_from(text, "Ban Quản lý không");
    // baomoi-22432113
    let text = "Cụ thể, theo Ban Quản lý dự án đường sắt, sáng 20-5, Ban Quản lý dự án đường sắt mở cửa nhà ga La Khê đón người dân đến tham quan.";
    assert_mention(
        text,
        "Ban Quản lý dự án đường sắt",
        "Ban Quản lý dự án đường sắt",
    );
    assert_no_mention_from(text, "Ban Quản lý dự án đường sắt mở");
}

#[test]
fn a_name_cut_inside_a_compound_is_read_to_its_second_syllable() {
    // baomoi-22432547
    let text = "Để tăng số lượt khám, tạo điều kiện cho bệnh nhân, từ nhiều tháng nay, Bệnh viện K Trung ương đã yêu cầu bác sĩ có mặt ở bệnh viện để khám bệnh từ 6h sáng.";
    assert_mention(text, "Bệnh viện K Trung ương", "Bệnh viện K Trung ương");
    // baomoi-22495435
    let text = "Phát biểu khi đón nhận thiết bị từ Ford Việt Nam, ông Khuất Việt Hùng - Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia nhấn mạnh: ATGT không chỉ đòi hỏi sự nỗ lực của Chính phủ, các Bộ, ban, ngành liên quan, mà còn của tất cả các tổ chức và cá nhân.";
    assert_mention(text, "Ủy ban ATGT Quốc gia", "Ủy ban ATGT Quốc gia");
}

#[test]
fn a_compound_before_more_of_the_name_is_left_as_cut() {
    // baomoi-22648258: the name goes on with a capitalized name after "Quốc tế", which the
    // reading does not follow; no mention ends at "Quốc tế".
    let text = "Sáng 30/6, Công ty cổ phần Nông nghiệp Quốc tế Hoàng Anh Gia Lai - HAGL Agrico (Mã: HNG) đã tổ chức Đại hội cổ đông thường niên năm 2017, theo tin tức trên báo Zing.vn.";
    assert_no_mention_from(text, "Công ty cổ phần Nông nghiệp Quốc tế");
}

#[test]
fn a_whole_name_goes_on_with_its_continuation() {
    // baomoi-22638949 (labour)
    let text = "Về công tác giám định BHYT, ông Nguyễn Quang Duy, Tổng thư ký Hiệp hội BV tư nhân, cho rằng nhiều BV tư nhân bị tạm dừng, từ chối thanh toán hàng trăm tỉ đồng do giám định lại.";
    assert_mention(text, "Hiệp hội BV tư nhân", "Hiệp hội BV tư nhân");
    // baomoi-22363769
    let text = "Tính đến hết quý 1/2017, số dư Quỹ Bình ổn giá xăng dầu còn 2.864,527 tỉ đồng.";
    assert_mention(text, "Quỹ Bình ổn giá xăng dầu", "Quỹ Bình ổn giá xăng dầu");
    // baomoi-22383430 (labour)
    let text = "Đề nghị Bộ Giáo dục và Đào tạo tiếp tục hoàn thiện báo cáo đề án đổi mới về cơ chế quản lý, cơ chế tài chính, tổ chức hệ thống các đơn vị sự nghiệp công lập của ngành giáo dục và đào tạo để báo cáo Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động của các đơn vị sự nghiệp công lập để hoàn thiện Đề án tổng thể trình Ban Chấp hành Trung ương xem xét, quyết định vào tháng 10/2017.";
    let name = "Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động của các đơn vị sự nghiệp công lập";
    assert_mention(text, name, name);
}

#[test]
fn a_police_forces_investigation_agency_written_in_lower_case_is_one_mention() {
    // baomoi-22585874
    let text = "Ngày 21-6, cơ quan CSĐT Công an tỉnh Bắc Ninh đã ra lệnh tạm giam Lê Xuân Thuận, 40 tuổi, trú ở Ninh Xá, Thuận Thành, Bắc Ninh, để điều tra hành vi giết người.";
    assert_mention(
        text,
        "cơ quan CSĐT Công an tỉnh Bắc Ninh",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Ninh",
    );
    // baomoi-22659514
    let text = "Ngay sau khi sự việc xảy ra, cơ quan cảnh sát điều tra Công an huyện Can Lộc (Hà Tĩnh) ra lệnh bắt khẩn cấp tài xế container.";
    assert_mention(
        text,
        "cơ quan cảnh sát điều tra Công an huyện Can Lộc",
        "Cơ quan Cảnh sát điều tra Công an huyện Can Lộc",
    );
}
