//! End to end: a union-news article in each legacy Vietnamese encoding, as a .txt and as an
//! .html file, gives the same record text as its UTF-8 original, with its extractions and a
//! warning naming the encoding; Latin-1 and ASCII files are left as they were.

use std::path::Path;

use serde_json::Value;
use union_news::legacy::{LegacyEncoding, ALL};

use super::extract;

const TITLE: &str = "Nghệ An: Kết nạp 1.199 đoàn viên công đoàn";

const PARAGRAPHS: [&str; 3] = [
    "Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị ngày 20/12/2023, kết nạp 1.199 đoàn \
     viên công đoàn tại các doanh nghiệp ngoài nhà nước trên địa bàn.",
    "Chủ tịch Liên đoàn Lao động tỉnh cho biết trong năm, các cấp công đoàn đã thăm hỏi, hỗ \
     trợ người lao động có hoàn cảnh khó khăn với tổng số tiền hơn 2 tỷ đồng.",
    "Dịp Tết Nguyên đán, mỗi đoàn viên được hỗ trợ 500.000 đồng; Đoàn kiểm tra của Tổng \
     Liên đoàn ghi nhận những khó khăn về việc làm, tiền lương và nhà ở của công nhân.",
];

fn page_text() -> String {
    format!("{TITLE}\n\n{}\n", PARAGRAPHS.join("\n\n"))
}

/// `meta` is the `<meta charset>` to write, if any.
fn html(meta: Option<&str>) -> String {
    let meta = meta.map_or(String::new(), |m| format!("<meta charset=\"{m}\">"));
    let paragraphs: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<html><head>{meta}<title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>\n\
         {paragraphs}</article></body></html>\n"
    )
}

/// The charset each encoding's page declares: windows-1258 says so, VNI pages said Latin-1
/// (they used VNI fonts), TCVN3 and VISCII pages said nothing.
fn declared(encoding: LegacyEncoding) -> Option<&'static str> {
    match encoding {
        LegacyEncoding::Windows1258 => Some("windows-1258"),
        LegacyEncoding::Vni => Some("iso-8859-1"),
        LegacyEncoding::Tcvn3 | LegacyEncoding::Viscii => None,
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn warnings(record: &Value) -> Vec<&str> {
    record["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

#[test]
fn legacy_vietnamese_files_give_the_records_of_their_utf8_originals() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "utf8-txt.txt", page_text().as_bytes());
    write(dir.path(), "utf8-html.html", html(Some("utf-8")).as_bytes());
    for encoding in ALL {
        let name = encoding.name().to_ascii_lowercase();
        let text = encoding.encode(&page_text()).unwrap();
        write(dir.path(), &format!("{name}-txt.txt"), &text);
        let page = encoding.encode(&html(declared(encoding))).unwrap();
        write(dir.path(), &format!("{name}-html.html"), &page);
    }
    // Latin-1 prose and pseudo-random Latin-1 bytes are not Vietnamese; ASCII is ASCII.
    let french = b"Le comit\xE9 a d\xE9cid\xE9 \xE0 l'unanimit\xE9: la gr\xE8ve continue.\n\
        O\xF9 est le caf\xE9? Tr\xE8s bien, d\xE9j\xE0 l\xE0, \xE0 bient\xF4t.\n";
    write(dir.path(), "latin1.txt", french);
    let mut state: u32 = 7;
    let random: Vec<u8> = (0..4000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            match (state >> 16) as u8 {
                byte @ 0x20..=0x7E | byte @ 0xA0..=0xFF => byte,
                _ => b' ',
            }
        })
        .collect();
    write(dir.path(), "random.txt", &random);
    write(
        dir.path(),
        "ascii.txt",
        b"Cong doan tinh Nghe An ket nap 1.199 doan vien.\n",
    );

    let (code, records, stderr) = extract(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let by_id = |id: &str| -> &Value {
        records
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no record {id}: {stderr}"))
    };
    for kind in ["txt", "html"] {
        let original = by_id(&format!("utf8-{kind}"));
        assert!(warnings(original).is_empty(), "{original}");
        assert!(
            original["member_counts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["count"] == 1199),
            "{original}"
        );
        for encoding in ALL {
            let id = format!("{}-{kind}", encoding.name().to_ascii_lowercase());
            let record = by_id(&id);
            assert_eq!(record["text"], original["text"], "{id}");
            assert_eq!(record["title"], original["title"], "{id}");
            for field in ["dates", "money", "member_counts", "organizations", "events"] {
                assert_eq!(record[field], original[field], "{id}: {field}");
            }
            let named = format!("decoded as {} (legacy Vietnamese encoding", encoding.name());
            let warned = warnings(record).iter().any(|w| w.contains(&named));
            // A page that declares windows-1258 is simply read as it says: no warning.
            let expect_warning = !(kind == "html" && encoding == LegacyEncoding::Windows1258);
            assert_eq!(warned, expect_warning, "{id}: {:?}", warnings(record));
        }
    }
    for id in ["latin1", "random"] {
        let record = by_id(id);
        let warned = warnings(record);
        assert!(
            warned
                .iter()
                .any(|w| w.starts_with("invalid UTF-8 replaced"))
                && !warned.iter().any(|w| w.contains("legacy")),
            "{id}: {warned:?}"
        );
    }
    let ascii = by_id("ascii");
    assert_eq!(
        ascii["text"],
        "Cong doan tinh Nghe An ket nap 1.199 doan vien."
    );
    assert!(warnings(ascii).is_empty(), "{ascii}");
}
