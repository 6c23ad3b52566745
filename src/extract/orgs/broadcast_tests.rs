//! Tests of broadcasters and their channels named by their abbreviation alone (session 17;
//! sentences from ../shared/corpus-real, no gold article).

use super::named_tests::{canonicals, pairs};

#[test]
fn a_channel_keeps_its_number() {
    // baomoi-22274804
    let text = "Tối 14.5, tập 4 của Bạn là ngôi sao đã lên sóng HTV7.";
    assert_eq!(canonicals(text), pairs(&[("HTV7", "HTV7")]));
    // baomoi-21478359
    let text = "Chương trình gồm 13 tập sẽ phát sóng trên kênh THVL1 vào lúc 21h thứ tư hàng tuần kể từ ngày 8/2/2017.";
    assert_eq!(canonicals(text), pairs(&[("THVL1", "THVL1")]));
    // baomoi-22569752: a channel's department.
    let text = "Chị có học vị Tiến sĩ báo chí và hiện đang đảm nhận cương vị Trưởng ban Thanh thiếu niên VTV6.";
    assert_eq!(canonicals(text), pairs(&[("VTV6", "VTV6")]));
}

#[test]
fn a_bare_abbreviation_names_the_broadcaster() {
    // baomoi-22367521
    let text = "BTV Vân Anh Ngày 24/11, khán giả ngỡ ngàng khi BTV Vân Anh bất ngờ tuyên bố rời VTV. Chia sẻ với những người quan tâm, yêu mến mình, BTV Vân Anh cho biết cô đã có ý định này từ lâu.";
    assert_eq!(
        canonicals(text),
        pairs(&[("VTV", "Đài Truyền hình Việt Nam")])
    );
}

#[test]
fn credits_and_bylines_are_no_mentions() {
    // baomoi-22670372
    let text =
        "Video MU chuẩn bị chiêu mộ Matic (Theo VTV): MU đang bế tắc trong khâu chuyển nhượng.";
    assert_eq!(canonicals(text), pairs(&[]));
    // baomoi-22235988
    let text = "HCM Nguyễn Thiện Nhân cùng lãnh đạo thành phố tưởng niệm Chủ tịch Hồ Chí Minh - Nguồn ảnh: VOV Sau khi dâng hương lên tượng đài Bác, Bí thư Nguyễn Thiện Nhân tham quan bảo tàng.";
    assert!(canonicals(text).iter().all(|(t, _)| t != "VOV"));
    // baomoi-22670543: a reporter's byline and the broadcaster's site.
    let text = "An Minh/VOV.VN An Minh/VOV.";
    assert_eq!(canonicals(text), pairs(&[]));
    // baomoi-21473569, baomoi-22685461: the sources a reporter compiled from.
    let text = "Trung Hùng (Tổng hợp theo báo VOV, Tiền Phong)";
    assert_eq!(canonicals(text), pairs(&[]));
    let text = "Công Danh (tổng hợp theo báo VietnamNet, VOV)";
    assert_eq!(canonicals(text), pairs(&[]));
}

#[test]
fn another_name_the_abbreviation_starts_is_none() {
    // baomoi-22241861: a newspaper.
    let text = "Trả lời VTC News, anh Dương Doãn Tuấn (SN 1992, quê Nam Định), chủ cửa hàng quần áo cho hay.";
    assert_eq!(canonicals(text), pairs(&[]));
    // baomoi-22751419: a tournament.
    let text = "Hot girl bóng chuyền 15 tuổi cực xinh ở VTV Cup: “Cây sào” 1m76 gây sốt.";
    assert_eq!(canonicals(text), pairs(&[]));
}
