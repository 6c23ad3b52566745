//! Tests of `kin_named.rs`: a foreign full name written alone is a person's when the article
//! writes its last word after a kinship title (corpus-real sentences).

use super::find;

fn names(text: &str) -> Vec<String> {
    find(text, &[]).0.into_iter().map(|p| p.text).collect()
}

#[test]
fn foreign_name_alone_called_by_title_later() {
    // labour.jsonl baomoi-21473833.
    let text = "Chiến lược gia ngoại hối Patrick Bennett thuộc CIBC dự báo đồng USD sẽ tiếp \
                tục mạnh nhờ sức khỏe tốt của nền kinh tế Mỹ. “Có thể thấy khá rõ là nền kinh \
                tế Mỹ đang ổn”, ông Bennett nói.";
    assert_eq!(names(text), ["Patrick Bennett"]);
}

#[test]
fn foreign_name_alone_without_title_stays_out() {
    // The same sentence without the title's sentence: a foreign name alone needs a role.
    let text = "Chiến lược gia ngoại hối Patrick Bennett thuộc CIBC dự báo đồng USD sẽ tiếp \
                tục mạnh nhờ sức khỏe tốt của nền kinh tế Mỹ.";
    assert!(names(text).is_empty());
}

#[test]
fn three_word_run_keeps_the_last_two() {
    // general-10k baomoi-22233359.
    let text = "Nữ thượng nghị sĩ bang Queensland Larissa Waters, đồng phó thủ lĩnh Đảng Xanh \
                của Australia, đã bế bé gái Alia Joy. Vào ngày Quốc tế Phụ nữ 8.3, trong thời \
                gian bà Waters còn nghỉ sau khi sinh con, cô đã thông báo về việc sinh con gái.";
    assert_eq!(names(text), ["Larissa Waters"]);
}

// Stop 21, `clause_opening_pairs.tsv`: a role word written capitalized right after a name,
// with no comma, ends the name (general-10k dantri-news_health_243).
#[test]
fn a_capitalized_role_word_ends_the_name_before_it() {
    let text = "Tại cuộc họp, ông Nguyễn Thành Phong Chủ tịch UBND thành phố nhấn mạnh, dù đã \
                qua 73 ngày không ghi nhận ca nhiễm Covid-19 ngoài cộng đồng nhưng thành phố \
                đang đối mặt với nguy cơ xâm nhập dịch bệnh ở mức cao.";
    assert_eq!(names(text), ["Nguyễn Thành Phong"]);
}
