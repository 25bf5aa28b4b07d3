//! Calendar dates as users type and read them: `dd.mm.rrrr` in Polish, ISO `yyyy-mm-dd` in
//! English. Both forms are accepted whatever the language.

use chrono::NaiveDate;

use super::text::Lang;

/// The date as shown in `lang`: `27.11.2026` in Polish, `2026-11-27` in English.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Pl => date.format("%d.%m.%Y").to_string(),
        Lang::En => date.format("%Y-%m-%d").to_string(),
    }
}

/// Parses `d.m.rrrr` / `dd.mm.rrrr` (also with `-` or `/`) and `yyyy-mm-dd`. Years need four
/// digits, so `1.2.26` is refused rather than guessed. Surrounding white space is ignored.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.trim().split(['.', '-', '/']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|ch| ch.is_ascii_digit());
    if !(all_digits(a) && all_digits(b) && all_digits(c)) {
        return None;
    }
    let (year, month, day) = if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        (*a, *b, *c)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (*c, *b, *a)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{format_date, parse_date};
    use crate::model::text::Lang;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_are_shown_per_language() {
        let d = date(2026, 3, 5);
        assert_eq!(format_date(d, Lang::Pl), "05.03.2026");
        assert_eq!(format_date(d, Lang::En), "2026-03-05");
    }

    #[test]
    fn both_forms_parse_in_any_language() {
        let d = date(2026, 11, 27);
        for text in [
            "27.11.2026",
            " 27.11.2026 ",
            "2026-11-27",
            "27-11-2026",
            "27/11/2026",
        ] {
            assert_eq!(parse_date(text), Some(d), "{text}");
        }
        assert_eq!(parse_date("5.3.2026"), Some(date(2026, 3, 5)));
        assert_eq!(parse_date("2026-3-5"), Some(date(2026, 3, 5)));
    }

    #[test]
    fn bad_dates_are_refused() {
        for text in [
            "",
            "27.11",
            "27.11.26",
            "31.02.2026",
            "2026-13-01",
            "aa.bb.cccc",
            "1.2.3.2026",
            "2026.11",
            "+1.2.2026",
            "123.1.2026",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn formatted_dates_parse_back() {
        let d = date(2027, 1, 9);
        for lang in Lang::ALL {
            assert_eq!(parse_date(&format_date(d, lang)), Some(d));
        }
    }
}
