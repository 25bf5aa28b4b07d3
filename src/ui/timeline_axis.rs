//! The timeline's axis: the days it spans and its marks (months, weeks or quarters, with
//! Polish or English month names).

use chrono::{Datelike as _, Duration, NaiveDate, Weekday};

use super::timeline_rows::{Row, Zoom};
use crate::i18n::planning::timeline::TimelineTexts;
use crate::model::milestones::Milestone;

/// The first and last day the axis shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first day (the first of a month).
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
}

impl Span {
    /// From two weeks before the earliest date to a month after the latest, over the tasks'
    /// due dates, the milestones' dates and today; the start is the first of its month.
    pub fn of(rows: &[Row<'_>], milestones: &[Milestone], today: NaiveDate) -> Self {
        let dates = rows
            .iter()
            .filter_map(|row| match row {
                Row::Task(entry) => entry.due,
                Row::Phase(_) => None,
            })
            .chain(milestones.iter().filter_map(|m| m.date))
            .chain(std::iter::once(today));
        let (mut first, mut last) = (today, today);
        for date in dates {
            first = first.min(date);
            last = last.max(date);
        }
        let first = first
            .checked_sub_signed(Duration::days(14))
            .unwrap_or(first);
        let start = first.with_day(1).unwrap_or(first);
        let end = last.checked_add_signed(Duration::days(31)).unwrap_or(last);
        Self { start, end }
    }

    /// Days from the start to `date` (negative before it).
    pub fn offset(&self, date: NaiveDate) -> i64 {
        (date - self.start).num_days()
    }
}

/// A mark on the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// Its day.
    pub date: NaiveDate,
    /// True for the long marks on the top line (months, or quarters when zoomed out).
    pub major: bool,
    /// Its label; empty for unlabelled marks.
    pub label: String,
}

/// The axis marks of `span` at `zoom`: months (or quarters) with their names, and weeks (or
/// months) between them.
pub fn ticks(span: Span, zoom: Zoom, t: &TimelineTexts) -> Vec<Tick> {
    let mut out = Vec::new();
    let mut date = span.start;
    while date <= span.end {
        let month = usize::try_from(date.month0()).unwrap_or_default();
        let first_of_month = date.day() == 1;
        let full_month = t.months.get(month).copied().unwrap_or_default();
        let short_month = t.months_short.get(month).copied().unwrap_or_default();
        let tick = match zoom {
            Zoom::Week | Zoom::Month if first_of_month => {
                Some((true, format!("{full_month} {}", date.year())))
            }
            Zoom::Week if date.weekday() == Weekday::Mon => {
                Some((false, date.format("%d.%m").to_string()))
            }
            Zoom::Month if date.weekday() == Weekday::Mon => Some((false, String::new())),
            Zoom::Quarter if first_of_month && date.month0().is_multiple_of(3) => {
                Some((true, (t.quarter)(date.month0() / 3 + 1, date.year())))
            }
            Zoom::Quarter if first_of_month => Some((false, short_month.to_owned())),
            _ => None,
        };
        if let Some((major, label)) = tick {
            out.push(Tick { date, major, label });
        }
        let Some(next) = date.succ_opt() else {
            break;
        };
        date = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike as _, NaiveDate};

    use super::{Span, ticks};
    use crate::i18n::Lang;
    use crate::i18n::planning::timeline::texts;
    use crate::ui::timeline::Zoom;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_span_covers_today_and_the_milestones_with_room_around() {
        let mut milestones = crate::model::milestones::default_milestones();
        milestones[2].date = Some(date(2027, 3, 1));
        let span = Span::of(&[], &milestones, date(2026, 12, 5));
        assert_eq!(span.start, date(2026, 11, 1));
        assert_eq!(span.end, date(2027, 4, 1));
        assert_eq!(span.offset(date(2026, 11, 3)), 2);
    }

    #[test]
    fn ticks_name_months_in_polish_and_quarters_when_zoomed_out() {
        let span = Span {
            start: date(2026, 12, 1),
            end: date(2027, 4, 2),
        };
        let t = texts(Lang::Pl);
        let month: Vec<_> = ticks(span, Zoom::Month, t)
            .into_iter()
            .filter(|tick| tick.major)
            .map(|tick| tick.label)
            .collect();
        assert_eq!(
            month,
            [
                "grudzień 2026",
                "styczeń 2027",
                "luty 2027",
                "marzec 2027",
                "kwiecień 2027"
            ]
        );
        let quarter = ticks(span, Zoom::Quarter, t);
        let majors: Vec<_> = quarter
            .iter()
            .filter(|t| t.major)
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(majors, ["I kw. 2027", "II kw. 2027"]);
        let minors: Vec<_> = quarter
            .iter()
            .filter(|t| !t.major)
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(minors, ["gru", "lut", "mar"]);
        let weeks = ticks(span, Zoom::Week, t);
        assert!(weeks.iter().any(|t| !t.major && t.label == "07.12"));
        // 2026-12-07 is a Monday; every minor mark is.
        assert!(
            weeks
                .iter()
                .filter(|t| !t.major)
                .all(|t| t.date.weekday() == chrono::Weekday::Mon)
        );
    }
}
