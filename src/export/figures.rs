//! The pictures of the HTML export as numbers and words, in the export's language: progress
//! per phase, the budget against its funding sources, and the timeline of the schedule. Built
//! with the document ([`super::build`]); [`super::svg_figures`] draws them.

use chrono::{Datelike as _, Months, NaiveDate};

use super::Context;
use super::schedule::{Dated, What, dated};
use crate::i18n::planning::charts::texts as chart_texts;
use crate::i18n::planning::timeline::texts as timeline_texts;
use crate::model::charts::BudgetChart;
use crate::model::dates::format_date;
use crate::model::money::{Money, format_money};
use crate::model::plan::Status;
use crate::model::progress::{Due, Progress, by_phase, due_state};
use crate::model::taxonomy::Phase;

/// Every picture of a document (those with nothing to show are left out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Progress per phase.
    pub phases: Option<PhaseFigure>,
    /// The budget against its funding sources.
    pub budget: Option<BudgetFigure>,
    /// The dated tasks and milestones on a time axis.
    pub timeline: Option<TimelineFigure>,
}

/// Progress per phase: one bar per phase with items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseFigure {
    /// The title.
    pub title: String,
    /// Each phase's numbers as words ("Założenie: zrobione 3 z 4 (75%)") and its counts.
    pub bars: Vec<(String, Progress)>,
}

/// The budget: costs above funding, split by source, and the gap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetFigure {
    /// The title.
    pub title: String,
    /// The amounts.
    pub chart: BudgetChart,
    /// The two bars' labels with their sums: costs, funding.
    pub bars: [String; 2],
    /// Each source's label with its amount, in the chart's order.
    pub sources: Vec<String>,
    /// What the gap is ("Brakuje 292,50 zł", a surplus, or a balance).
    pub gap: String,
}

/// How a task is marked on the timeline (a shape each, never colour alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Done: a filled square.
    Done,
    /// Open, not overdue: an empty circle.
    Open,
    /// Open and past its date: a cross.
    Overdue,
    /// Not applicable: a short dash.
    NotApplicable,
}

/// One phase's row of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// The phase's name.
    pub name: String,
    /// Its tasks' dates and marks.
    pub marks: Vec<(NaiveDate, Mark)>,
}

/// The timeline of the schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineFigure {
    /// The title.
    pub title: String,
    /// The axis starts on this day (the first of a month).
    pub start: NaiveDate,
    /// And ends on this day (the first of a month, after the last date).
    pub end: NaiveDate,
    /// The labelled days of the axis (firsts of months) and their labels.
    pub ticks: Vec<(NaiveDate, String)>,
    /// One row per phase with dated tasks.
    pub lanes: Vec<Lane>,
    /// The dated milestones: date, and the date and name in words.
    pub milestones: Vec<(NaiveDate, String)>,
    /// The day of the export, when it falls on the axis.
    pub today: Option<NaiveDate>,
    /// The legend: done, open, overdue, not applicable, milestone, today.
    pub legend: [String; 6],
}

/// The pictures of the document `cx` describes.
pub(super) fn build(cx: &Context<'_>) -> Figures {
    Figures {
        phases: phases(cx),
        budget: budget(cx),
        timeline: timeline(cx),
    }
}

fn phases(cx: &Context<'_>) -> Option<PhaseFigure> {
    let (s, t) = (cx.s, timeline_texts(cx.options.lang));
    let bars: Vec<(String, Progress)> = by_phase(&cx.plan.checklist)
        .into_iter()
        .filter(|(_, progress)| progress.total > 0)
        .map(|(phase, progress)| ((t.phase_bar)(s.phase(phase), progress), progress))
        .collect();
    (!bars.is_empty()).then(|| PhaseFigure {
        title: chart_texts(cx.options.lang).phases_name.to_owned(),
        bars,
    })
}

fn budget(cx: &Context<'_>) -> Option<BudgetFigure> {
    let (lang, t) = (cx.options.lang, chart_texts(cx.options.lang));
    let chart = BudgetChart::of(cx.plan);
    if chart.is_empty() {
        return None;
    }
    let money = |amount| format_money(amount, lang);
    let [costs, funding] = t.budget_bars;
    let kinds = cx.w.findings.funding_kinds;
    let gap = chart.gap();
    Some(BudgetFigure {
        title: t.budget_name.to_owned(),
        bars: [
            format!("{costs}: {}", money(chart.costs)),
            format!("{funding}: {}", money(chart.funding)),
        ],
        sources: chart
            .sources
            .iter()
            .map(|source| {
                let name = kinds.get(source.kind.index()).copied().unwrap_or_default();
                format!("{name}: {}", money(source.amount))
            })
            .collect(),
        gap: if gap > Money::ZERO {
            (t.gap_missing)(&money(gap))
        } else if gap < Money::ZERO {
            (t.gap_surplus)(&money(Money::ZERO.minus(gap)))
        } else {
            t.balanced.to_owned()
        },
        chart,
    })
}

fn timeline(cx: &Context<'_>) -> Option<TimelineFigure> {
    let lang = cx.options.lang;
    let all = dated(cx);
    let first = all.first()?.date;
    let last = all.last()?.date;
    let start = first.with_day(1)?;
    let end = last.with_day(1)?.checked_add_months(Months::new(1))?;
    let mut lanes = Vec::new();
    for phase in Phase::ALL {
        let marks: Vec<(NaiveDate, Mark)> =
            all.iter().filter_map(|d| task_mark(cx, d, phase)).collect();
        if !marks.is_empty() {
            lanes.push(Lane {
                name: cx.s.phase(phase).to_owned(),
                marks,
            });
        }
    }
    let milestones: Vec<(NaiveDate, String)> = all
        .iter()
        .filter_map(|d| match d.what {
            What::Milestone(m) => Some((
                d.date,
                format!("{} – {}", format_date(d.date, lang), m.name.get(lang)),
            )),
            What::Task(_) => None,
        })
        .collect();
    let t = chart_texts(lang);
    Some(TimelineFigure {
        title: t.timeline_name.to_owned(),
        ticks: ticks(cx, start, end),
        start,
        end,
        today: (start..end).contains(&cx.today).then_some(cx.today),
        legend: t.timeline_legend.map(str::to_owned),
        lanes,
        milestones,
    })
}

fn task_mark(cx: &Context<'_>, dated: &Dated<'_>, phase: Phase) -> Option<(NaiveDate, Mark)> {
    let What::Task(item) = dated.what else {
        return None;
    };
    if item.entry.phase != phase {
        return None;
    }
    let mark = match item.entry.status {
        Status::Done => Mark::Done,
        Status::NotApplicable => Mark::NotApplicable,
        _ if matches!(due_state(item.entry, cx.today), Due::Overdue(_)) => Mark::Overdue,
        _ => Mark::Open,
    };
    Some((dated.date, mark))
}

/// The firsts of months from `start` to `end`: every month up to a year, else every quarter.
fn ticks(cx: &Context<'_>, start: NaiveDate, end: NaiveDate) -> Vec<(NaiveDate, String)> {
    let names = timeline_texts(cx.options.lang).months_short;
    let months = (end.year() - start.year()) * 12 + end.month0() as i32 - start.month0() as i32;
    let step = if months > 12 { 3 } else { 1 };
    let mut ticks = Vec::new();
    let mut day = Some(start);
    while let Some(d) = day.filter(|d| *d <= end) {
        let name = names.get(d.month0() as usize).copied().unwrap_or_default();
        ticks.push((d, format!("{name} {}", d.year())));
        day = d.checked_add_months(Months::new(step));
    }
    ticks
}
