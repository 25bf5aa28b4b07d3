//! Money as whole grosze, shown the Polish way (`31 229,00 zł`, a plain space between
//! thousands) or the English way (`PLN 31,229.00`), and read back tolerantly.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Lang;

/// An amount in grosze (1 zł = 100 gr).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Money(
    #[schemars(range(min = -1_000_000_000_000_i64, max = 1_000_000_000_000_i64))] pub i64,
);

/// The largest amount the app accepts in a plan, in grosze (10 billion zł); sums of any plan
/// that fits in a file stay far inside `i64`.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

impl Money {
    /// Nothing.
    pub const ZERO: Self = Self(0);

    /// Whole złoty.
    pub const fn zloty(zloty: i64) -> Self {
        Self(zloty.saturating_mul(100))
    }

    /// The sum, capped at the largest amount instead of overflowing.
    #[must_use]
    pub fn plus(self, other: Self) -> Self {
        Self(self.0.saturating_add(other.0))
    }

    /// The difference, capped instead of overflowing.
    #[must_use]
    pub fn minus(self, other: Self) -> Self {
        Self(self.0.saturating_sub(other.0))
    }

    /// The amount `times` times, capped instead of overflowing.
    #[must_use]
    pub fn times(self, times: u32) -> Self {
        Self(self.0.saturating_mul(i64::from(times)))
    }

    /// The amount split in `parts`, rounded down to the grosz; `None` for zero parts.
    pub fn per(self, parts: u32) -> Option<Self> {
        (parts > 0).then(|| Self(self.0 / i64::from(parts)))
    }

    /// The total of `amounts`, added exactly in a wider type; `None` when it does not fit.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Self>) -> Option<Self> {
        let total = amounts
            .into_iter()
            .try_fold(0_i128, |sum, m| sum.checked_add(i128::from(m.0)))?;
        i64::try_from(total).ok().map(Self)
    }

    /// The total of `amounts`; a total that does not fit is pinned to the largest amount of
    /// its sign, which [`format_money`] shows as "amount too large", never as a wrong number.
    pub fn sum(amounts: impl IntoIterator<Item = Self>) -> Self {
        let amounts: Vec<Self> = amounts.into_iter().collect();
        Self::checked_sum(amounts.iter().copied()).unwrap_or_else(|| {
            let positive = amounts.iter().map(|m| i128::from(m.0)).sum::<i128>() > 0;
            Self(if positive { i64::MAX } else { i64::MIN })
        })
    }

    /// True when the amount is within what the app accepts ([`MAX_AMOUNT`] either way).
    pub fn is_in_range(self) -> bool {
        self.0.unsigned_abs() <= MAX_AMOUNT.unsigned_abs()
    }
}

/// The amount as shown in `lang`.
pub fn format_money(money: Money, lang: Lang) -> String {
    if !money.is_in_range() {
        return match lang {
            Lang::Pl => "kwota zbyt duża".to_owned(),
            Lang::En => "amount too large".to_owned(),
        };
    }
    let sign = if money.0 < 0 { "-" } else { "" };
    let abs = money.0.unsigned_abs();
    let (zloty, grosze) = (abs / 100, abs % 100);
    match lang {
        Lang::Pl => format!("{sign}{},{grosze:02} zł", group(zloty, ' ')),
        Lang::En => format!("{sign}PLN {}.{grosze:02}", group(zloty, ',')),
    }
}

fn group(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// Reads an amount: `31 229,00`, `31229`, `31229.5`, `31,229.00`, `1.000,50`, with or
/// without `zł` / `PLN`. A single `,` or `.` followed by one or two digits is the decimal
/// separator; followed by groups of three digits it separates thousands.
pub fn parse_money(text: &str) -> Option<Money> {
    let mut s = text.trim().to_lowercase();
    for unit in ["zł", "zl", "pln"] {
        s = s.replace(unit, "");
    }
    s.retain(|c| !c.is_whitespace() && c != '\'');
    let negative = s.starts_with(['-', '−']);
    let s = s.trim_start_matches(['-', '−']);
    let (whole, fraction) = split_decimal(s)?;
    let whole: String = whole.chars().filter(|c| !matches!(c, ',' | '.')).collect();
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(&whole) || !digits(fraction) {
        return None;
    }
    let zloty: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let grosze: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        2 => fraction.parse().ok()?,
        _ => return None,
    };
    let amount = zloty.checked_mul(100)?.checked_add(grosze)?;
    Some(Money(if negative { -amount } else { amount })).filter(|m| m.is_in_range())
}

/// Splits `s` at its decimal separator; `None` when the separators make no sense.
fn split_decimal(s: &str) -> Option<(&str, &str)> {
    match (s.rfind(','), s.rfind('.')) {
        (None, None) => Some((s, "")),
        (Some(a), Some(b)) => {
            let at = a.max(b);
            Some((s.get(..at)?, s.get(at + 1..)?))
        }
        (Some(at), None) | (None, Some(at)) => {
            let separator = s.get(at..=at)?;
            let after = s.get(at + 1..)?;
            if s.matches(separator).count() == 1 && after.len() <= 2 {
                return Some((s.get(..at)?, after));
            }
            let mut groups = s.split(separator);
            let first = groups.next().unwrap_or_default();
            let grouped = !first.is_empty() && first.len() <= 3 && groups.all(|g| g.len() == 3);
            grouped.then_some((s, ""))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Money, format_money, parse_money};
    use crate::model::text::Lang;

    #[test]
    fn amounts_are_shown_per_language() {
        let owes = Money(3_122_900);
        assert_eq!(format_money(owes, Lang::Pl), "31 229,00 zł");
        assert_eq!(format_money(owes, Lang::En), "PLN 31,229.00");
        assert_eq!(format_money(Money(5), Lang::Pl), "0,05 zł");
        assert_eq!(
            format_money(Money(12_345_678_901), Lang::Pl),
            "123 456 789,01 zł"
        );
        assert_eq!(format_money(Money(-100_050), Lang::Pl), "-1 000,50 zł");
        assert_eq!(format_money(Money(-100_050), Lang::En), "-PLN 1,000.50");
        assert_eq!(format_money(Money(99_900), Lang::En), "PLN 999.00");
        assert_eq!(format_money(Money(i64::MIN), Lang::Pl), "kwota zbyt duża");
        assert_eq!(format_money(Money(i64::MAX), Lang::En), "amount too large");
        assert!(format_money(Money(-super::MAX_AMOUNT), Lang::Pl).starts_with('-'));
    }

    #[test]
    fn tolerant_parsing() {
        let expect = [
            ("31 229,00", 3_122_900),
            ("31229", 3_122_900),
            ("31229.5", 3_122_950),
            ("31 229,00 zł", 3_122_900),
            ("31\u{a0}229,00\u{a0}zł", 3_122_900),
            ("PLN 31,229.00", 3_122_900),
            ("31,229", 3_122_900),
            ("1.000,50", 100_050),
            ("1.000", 100_000),
            ("1,5", 150),
            (",5", 50),
            ("12,345,678", 1_234_567_800),
            ("-200", -20_000),
            ("0", 0),
        ];
        for (text, grosze) in expect {
            assert_eq!(parse_money(text), Some(Money(grosze)), "{text}");
        }
    }

    #[test]
    fn nonsense_is_refused() {
        for text in [
            "",
            "zł",
            "abc",
            "1,2345",
            "1.2.3",
            "12,34,56",
            "1,234.567",
            "--",
            "9".repeat(30).as_str(),
        ] {
            assert_eq!(parse_money(text), None, "{text}");
        }
    }

    #[test]
    fn formatted_amounts_parse_back_and_arithmetic_saturates() {
        for grosze in [0, 7, 3_122_900, 987_654_321] {
            for lang in [Lang::Pl, Lang::En] {
                assert_eq!(
                    parse_money(&format_money(Money(grosze), lang)),
                    Some(Money(grosze))
                );
            }
        }
        assert_eq!(Money(i64::MAX).plus(Money(1)), Money(i64::MAX));
        assert_eq!(Money::zloty(31_229).times(3), Money(9_368_700));
        assert_eq!(Money(1000).per(3), Some(Money(333)));
        assert_eq!(Money(1000).per(0), None);
        assert_eq!(Money::sum([Money(1), Money(2)]), Money(3));
        assert_eq!(Money(5).minus(Money(7)), Money(-2));
    }

    #[test]
    fn sums_are_exact_or_too_large_never_wrong() {
        let big = Money(i64::MAX - 1);
        assert_eq!(Money::checked_sum([big, Money(1)]), Some(Money(i64::MAX)));
        assert_eq!(Money::checked_sum([big, Money(5)]), None);
        // Saturating at each step would give MAX - 8 here; the exact sum is MAX - 4.
        let exact = Money::sum([big, Money(5), Money(-2), Money(-3), Money(-3)]);
        assert_eq!(exact, Money(i64::MAX - 4));
        let too_large = Money::sum([big, big, Money(-1)]);
        assert_eq!(format_money(too_large, Lang::Pl), "kwota zbyt duża");
        assert!(
            parse_money("10 000 000 000,01").is_none(),
            "above the bound"
        );
        assert_eq!(
            parse_money("10 000 000 000"),
            Some(Money(super::MAX_AMOUNT))
        );
    }
}
