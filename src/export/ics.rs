//! The calendar feed: an iCalendar file (RFC 5545, written by the `icalendar` crate, which
//! folds long lines, escapes text and ends lines with CRLF) with one all-day event per dated
//! milestone and one per dated task (its phase as category, its owner, status and rule in the
//! description), and one per check-in after launch (its indicators and figures in the
//! description). All-day events, not to-dos, because Google Calendar and Outlook import only
//! events from a file.
//!
//! Each event's UID is made of its kind, its id and the plan's creation time, which never
//! change, so importing a newer export updates the events instead of adding copies. A copy of
//! a plan file keeps the original's UIDs (the same creation time).

use chrono::NaiveDate;
use icalendar::{Calendar, Component as _, Event, EventLike as _, EventStatus, Property};

use super::ExportOptions;
use crate::i18n::planning::milestones::relative_text;
use crate::i18n::planning::{checkins, checklist};
use crate::i18n::{Lang, tr};
use crate::model::checkins::CheckIn;
use crate::model::plan::{ChecklistEntry, Plan, Status};
use crate::model::taxonomy::Phase;

/// The words of the calendar feed.
struct IcsWords {
    milestone: &'static str,
    milestone_of: fn(&str) -> String,
    phase: &'static str,
    owner: &'static str,
    status: &'static str,
    due_rule: &'static str,
    why: &'static str,
    plan: &'static str,
}

const PL: IcsWords = IcsWords {
    milestone: "Kamień milowy",
    milestone_of: |plan| format!("Kamień milowy planu „{plan}”"),
    phase: "Etap",
    owner: "Odpowiedzialna osoba",
    status: "Stan",
    due_rule: "Termin",
    why: "Dlaczego to ważne",
    plan: "Plan",
};

const EN: IcsWords = IcsWords {
    milestone: "Milestone",
    milestone_of: |plan| format!("Milestone of the plan “{plan}”"),
    phase: "Phase",
    owner: "Owner",
    status: "Status",
    due_rule: "Due",
    why: "Why it matters",
    plan: "Plan",
};

fn words(lang: Lang) -> &'static IcsWords {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

/// Who wrote the file (RFC 5545 PRODID).
const PRODID: &str = "-//social-franchise-planner//Planer franczyzy spolecznej//PL";

/// An event over the whole day `date` (RFC 5545: the end date is the next day, not included).
fn all_day(date: NaiveDate) -> Event {
    let mut event = Event::new();
    event.starts(date);
    event.ends(date.succ_opt().unwrap_or(date));
    event
}

/// Text as a calendar takes it: line ends as `\n` (escaped by the writer), no other control
/// characters (RFC 5545 TEXT allows none but tab).
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// The part of every UID that names the plan: its creation time, to the nanosecond.
pub fn plan_key(plan: &Plan) -> String {
    plan.created.format("%Y%m%dT%H%M%S%.fZ").to_string()
}

/// The UID of task `id`'s event.
pub fn task_uid(plan: &Plan, id: &str) -> String {
    format!(
        "task-{}-{}@social-franchise-planner",
        uid_part(id),
        plan_key(plan)
    )
}

/// The UID of milestone `id`'s event.
pub fn milestone_uid(plan: &Plan, id: &str) -> String {
    format!(
        "milestone-{}-{}@social-franchise-planner",
        uid_part(id),
        plan_key(plan)
    )
}

/// The UID of check-in `number`'s event (the same when the start of operations moves, so a
/// re-import moves the event).
pub fn checkin_uid(plan: &Plan, number: u8) -> String {
    format!(
        "checkin-{number}-{}@social-franchise-planner",
        plan_key(plan)
    )
}

/// `id` with every character but ASCII letters, digits, `_` and `.` written as `-XX` hex
/// bytes, so any id gives a distinct, plain UID.
fn uid_part(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'.' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("-{byte:02X}"));
        }
    }
    out
}

/// The feed for `plan`: dated milestones and dated tasks (tasks not started are left out when
/// `options` say so). `_today` is unused: the feed states dates, not how close they are.
pub fn render(plan: &Plan, options: &ExportOptions, _today: NaiveDate) -> Vec<u8> {
    let lang = options.lang;
    let w = words(lang);
    let name = match plan.name.trim() {
        "" => tr(lang).untitled,
        name => name,
    };
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&clean(name));
    for milestone in &plan.milestones {
        let Some(date) = milestone.date else {
            continue;
        };
        let event = all_day(date)
            .uid(&milestone_uid(plan, &milestone.id))
            .summary(&clean(&format!("🏁 {}", milestone.name.get(lang))))
            .description(&clean(&(w.milestone_of)(name)))
            .add_property("CATEGORIES", w.milestone)
            .add_property("TRANSP", "TRANSPARENT")
            .done();
        calendar.push(event);
    }
    let tasks = plan
        .checklist
        .iter()
        .filter(|e| options.include_not_started || e.status != Status::Todo);
    for entry in tasks {
        let Some(date) = entry.due else {
            continue;
        };
        calendar.push(task_event(plan, entry, date, options, name));
    }
    for checkin in &plan.checkins {
        calendar.push(checkin_event(plan, checkin, lang, name));
    }
    calendar.done().to_string().into_bytes()
}

fn task_event(
    plan: &Plan,
    entry: &ChecklistEntry,
    date: NaiveDate,
    options: &ExportOptions,
    plan_name: &str,
) -> Event {
    let lang = options.lang;
    let w = words(lang);
    let phase = phase_name(lang, entry.phase);
    let status = status_name(lang, entry.status);
    let sign = match entry.status {
        Status::Done => "✔ ",
        Status::NotApplicable => "– ",
        Status::Todo | Status::InProgress => "",
    };
    let mut lines = vec![format!("{}: {phase}", w.phase)];
    if !entry.owner.trim().is_empty() {
        lines.push(format!("{}: {}", w.owner, entry.owner.trim()));
    }
    lines.push(format!("{}: {status}", w.status));
    if let Some(rule) = &entry.relative_due {
        let text = relative_text(lang, rule, &plan.milestones);
        lines.push(format!("{}: {text}", w.due_rule));
    }
    if options.include_guidance
        && let Some(why) = &entry.why
    {
        lines.push(format!("{}: {}", w.why, why.get(lang)));
    }
    lines.push(format!("{}: {plan_name}", w.plan));
    let event_status = if entry.status == Status::NotApplicable {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    };
    all_day(date)
        .uid(&task_uid(plan, &entry.id))
        .summary(&clean(&format!("{sign}{}", entry.text.get(lang))))
        .description(&clean(&lines.join("\n")))
        .status(event_status)
        .add_property("CATEGORIES", phase)
        .add_property("TRANSP", "TRANSPARENT")
        .done()
}

/// A check-in's event: what it is for, then each indicator with the figures entered.
fn checkin_event(plan: &Plan, checkin: &CheckIn, lang: Lang, plan_name: &str) -> Event {
    let (w, t) = (words(lang), checkins::texts(lang));
    let [_, _, _, target, actual, note] = t.columns;
    let mut lines = vec![t.calendar_description.to_owned()];
    for value in &checkin.values {
        let mut line = format!("• {}", value.indicator.get(lang).trim());
        for (label, text) in [
            (target, &value.target),
            (actual, &value.actual),
            (note, &value.note),
        ] {
            if !text.trim().is_empty() {
                line.push_str(&format!(" – {label}: {}", text.trim()));
            }
        }
        lines.push(line);
    }
    lines.push(format!("{}: {plan_name}", w.plan));
    let title = (t.title)(checkin.number, checkin.months());
    all_day(checkin.date)
        .uid(&checkin_uid(plan, checkin.number))
        .summary(&clean(&format!("📋 {title}")))
        .description(&clean(&lines.join("\n")))
        .add_property("CATEGORIES", t.export_heading)
        .add_property("TRANSP", "TRANSPARENT")
        .done()
}

fn phase_name(lang: Lang, phase: Phase) -> &'static str {
    let index = Phase::ALL
        .iter()
        .position(|p| *p == phase)
        .unwrap_or_default();
    tr(lang).phases.get(index).copied().unwrap_or_default()
}

fn status_name(lang: Lang, status: Status) -> &'static str {
    let [todo, in_progress, done, not_applicable] = checklist::texts(lang).statuses;
    match status {
        Status::Todo => todo,
        Status::InProgress => in_progress,
        Status::Done => done,
        Status::NotApplicable => not_applicable,
    }
}

#[cfg(test)]
mod tests {
    use super::{clean, plan_key, task_uid, uid_part};

    #[test]
    fn control_characters_are_dropped_and_line_ends_kept() {
        assert_eq!(clean("a\r\nb\rc\nd\te\u{1}\u{7f}f"), "a\nb\nc\nd\tef");
    }

    #[test]
    fn uids_are_plain_and_distinct() {
        assert_eq!(uid_part("register_in_krs"), "register_in_krs");
        assert_eq!(uid_part("a b"), "a-20b");
        assert_ne!(uid_part("a b"), uid_part("a-20b"));
        assert_eq!(uid_part("ż"), "-C5-BC");
        let mut plan = crate::model::plan::Plan::new(
            "x",
            chrono::DateTime::parse_from_rfc3339("2026-10-05T08:00:00Z")
                .unwrap()
                .to_utc(),
        );
        assert_eq!(plan_key(&plan), "20261005T080000Z");
        assert_eq!(
            task_uid(&plan, "custom_1"),
            "task-custom_1-20261005T080000Z@social-franchise-planner"
        );
        plan.created += chrono::Duration::nanoseconds(5);
        assert_eq!(plan_key(&plan), "20261005T080000.000000005Z");
    }
}
