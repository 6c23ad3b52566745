//! Amounts written with commas between groups of three digits ("357,000 đồng/kg",
//! "725,000 USD"), the English way: GUIDELINES.md reads "," as the decimal mark, so they were
//! read as 357 đồng and 725 USD.
//!
//! Counted in ../shared/corpus-real (labour.jsonl and general-10k, stop 25), among the amounts
//! with no scale word whose digits are groups of three after a comma: in đồng 10, all
//! thousands ("357,000 đồng/kg", "Vietcombank 22,540-22,610 đồng/USD", "500,000 đồng"; the
//! đồng has no fractions in use); in other currencies 41, of which the 12 whose groups are
//! all "000" are thousands ("725,000 USD (khoảng 16 tỷ VNĐ)", "55,000 bảng", "1,000$") and
//! the others mostly decimals of commodity prices ("17,193 USD/ounce", "58,117 USD/thùng";
//! "29,500 đô la (khoảng 670 triệu đồng)" is thousands too, left).
//! An amount with a scale word keeps the decimal comma ("24,471 tỉ đồng").

use crate::extract::quantity::reading::Quantity;

/// The value of the quantity `q` written in `text` with commas between groups of three
/// digits, when the currency makes those groups thousands: any such grouping in đồng, only
/// groups of "000" in another currency. `None` for anything else ("60,8 tỷ đồng", "0,005
/// USD", "17,193 USD").
pub(super) fn comma_thousands(text: &str, q: &Quantity, currency: &str) -> Option<f64> {
    if q.words || q.vague || q.scale_exp != 0 {
        return None;
    }
    let written = text.get(q.start..q.end)?;
    let mut groups = written.split(',');
    let first = groups.next()?;
    let lead_ok = (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && !first.starts_with('0');
    let mut rest = groups.peekable();
    rest.peek()?;
    let vnd = currency == "VND";
    let groups_ok =
        rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()) && (vnd || g == "000"));
    if !(lead_ok && groups_ok) {
        return None;
    }
    written.replace(',', "").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::reading::read_digits;

    fn at(text: &str, digits: &str, currency: &str) -> Option<f64> {
        let start = text.find(digits)?;
        let q = read_digits(text, start)?;
        comma_thousands(text, &q, currency)
    }

    #[test]
    fn groups_of_three_in_dong_are_thousands() {
        // ../shared/corpus-real labour.jsonl baomoi-22463461.
        let text = "Vị thuốc Đào nhân tại Trà Vinh giá 357,000 đồng/kg nhưng tại Bình Dương giá \
                    cao gấp đôi, tới 840,000 đồng/kg.";
        assert_eq!(at(text, "357,000", "VND"), Some(357_000.0));
        assert_eq!(at(text, "840,000", "VND"), Some(840_000.0));
        // general-10k baomoi-21481763: an exchange rate.
        let text = "Cụ thể, tại Vietcombank 22,540-22,610 đồng/USD, giảm 25 đồng";
        assert_eq!(at(text, "22,540", "VND"), Some(22_540.0));
    }

    #[test]
    fn other_currencies_only_with_zero_groups() {
        // general-10k baomoi-22269937.
        let text = "với mức giá trung bình 725,000 USD (khoảng 16 tỷ VNĐ)";
        assert_eq!(at(text, "725,000", "USD"), Some(725_000.0));
        // general-10k baomoi-22376487: a decimal price.
        let text = "giá bạc giao tháng Bảy cũng tăng 7,6 cent, lên 17,193 USD/ounce.";
        assert_eq!(at(text, "17,193", "USD"), None);
        // A decimal with a leading zero or a scale word stays one.
        assert_eq!(
            at("tương đương 0,005 USD (khoảng 114 đồng)", "0,005", "USD"),
            None
        );
        assert_eq!(at("số tiền trên 24,471 tỉ đồng", "24,471", "VND"), None);
    }
}
