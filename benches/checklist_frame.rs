//! Frame times of the checklist screen with 100, 1,000 and 2,000 items, drawn through
//! `egui_kittest`: idle frames, and frames while the list scrolls. Prints the median and the
//! 99th percentile. Run with `cargo bench --bench checklist_frame` (a plain measurement, no
//! pass or fail).

#![allow(clippy::unwrap_used, reason = "a measurement program")]

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone as _};
use egui_kittest::Harness;
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, ReplicatorKind, Status};
use social_franchise_planner::model::taxonomy::Phase;
use social_franchise_planner::ui::step_checklist::{self, ChecklistView};

/// Frames measured per run.
const FRAMES: usize = 200;

struct Screen {
    plan: Plan,
    view: ChecklistView,
    today: NaiveDate,
}

/// A plan with about `items` checklist items spread over the phases.
fn plan_with(items: usize) -> Plan {
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
        .unwrap();
    let mut plan = Plan::new("Pomiar", now);
    plan.profile.kind = Some(ReplicatorKind::NaturalPersons);
    plan.choose_model(&Catalogue::built_in().models[0]);
    let mut n = 0;
    while plan.checklist.len() < items {
        let phase = Phase::ALL[n % Phase::ALL.len()];
        plan.add_custom_item(
            phase,
            &format!("Zadanie dodatkowe nr {n} – sprawdzić dokumenty"),
        );
        n += 1;
    }
    for (i, entry) in plan.checklist.iter_mut().enumerate() {
        entry.owner = format!("Osoba {}", i % 7);
        entry.due = NaiveDate::from_ymd_opt(2026, 11, 1 + u32::try_from(i % 28).unwrap());
        if i % 3 == 0 {
            entry.status = Status::Done;
        }
    }
    plan
}

fn harness(items: usize) -> Harness<'static, Screen> {
    let screen = Screen {
        plan: plan_with(items),
        view: ChecklistView::default(),
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
    };
    Harness::builder()
        .with_size(egui::vec2(1024.0, 720.0))
        .build_ui_state(
            |ui, s: &mut Screen| {
                step_checklist::ui(ui, Lang::Pl, &mut s.plan, &mut s.view, s.today);
            },
            screen,
        )
}

fn time_frames(harness: &mut Harness<'static, Screen>, scroll: bool) -> Vec<Duration> {
    harness.hover_at(egui::pos2(200.0, 500.0));
    let mut times = Vec::with_capacity(FRAMES);
    for frame in 0..FRAMES {
        if scroll {
            let down = if frame < FRAMES / 2 { -120.0 } else { 120.0 };
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, down),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
        }
        let start = Instant::now();
        harness.step();
        times.push(start.elapsed());
    }
    times.sort();
    times
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let index = (sorted.len() * p / 100).min(sorted.len().saturating_sub(1));
    sorted.get(index).copied().unwrap_or_default()
}

fn main() {
    println!("checklist frame times over {FRAMES} frames (median / p99)");
    for items in [100, 1_000, 2_000] {
        let mut h = harness(items);
        h.run_steps(5);
        let idle = time_frames(&mut h, false);
        let scrolling = time_frames(&mut h, true);
        println!(
            "{items:>5} items: idle {:>8.2?} / {:>8.2?}   scrolling {:>8.2?} / {:>8.2?}",
            percentile(&idle, 50),
            percentile(&idle, 99),
            percentile(&scrolling, 50),
            percentile(&scrolling, 99),
        );
    }
}
