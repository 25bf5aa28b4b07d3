//! CPU cost of one frame of the whole window (menu bar, step indicator, Back / Next bar and
//! the step itself) on the checklist (list and timeline) and catalogue steps, for plans of 100,
//! 1,000 and 2,000 checklist items, and the time of moving a milestone every item counts
//! from. The real app runs in an `egui_kittest` harness (1100 × 760 points, the
//! window's default size) with the plan opened from a file, as a user would open it.
//!
//! A frame here is the egui pass (`Harness::step`, which also builds the accessibility tree
//! kittest reads) plus tessellating its shapes; the GPU upload and painting are left out.
//! Each scenario runs 300 frames: at rest (no input), scrolling (one wheel event per frame)
//! and typing (one key per frame: an item's owner on the checklist, the search on the catalogue).
//! Prints the median and the 99th percentile of each frame's wall time (`std::time::Instant`),
//! and the thread's CPU time per frame averaged over the scenario (`/proc/thread-self/
//! schedstat`, Linux only; the kernel updates it at scheduler ticks, too coarse for single
//! frames). CPU time close to wall time means the machine was not busy with other work.
//!
//! Run: `cargo bench --bench ui_frame` (a measurement, never a pass or fail).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a measurement program"
)]

use std::path::Path;
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone as _};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::PlannerApp;
use social_franchise_planner::io::dialogs::FakeDialogs;
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, ReplicatorKind, Status};
use social_franchise_planner::model::taxonomy::Phase;
use social_franchise_planner::model::wizard::Step;
use social_franchise_planner::services::{FixedClock, Services};

/// Frames measured per scenario.
const FRAMES: usize = 300;

/// Frames run before measuring, so caches (text layout, fonts) are warm.
const WARM_UP: usize = 30;

/// Plan sizes measured.
const SIZES: [usize; 3] = [100, 1_000, 2_000];

/// The harness's clock: 12:00 UTC on 27 November 2026, as in the window tests.
fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
        .unwrap()
}

/// A plan for natural persons with the kindergarten model, padded with custom items to
/// `items` entries; owners, due dates (some overdue), notes and statuses vary.
fn plan_with(items: usize) -> Plan {
    let mut plan = Plan::new("Pomiar – plan z wieloma zadaniami", now());
    plan.profile.kind = Some(ReplicatorKind::NaturalPersons);
    plan.choose_model(Catalogue::built_in().get("kindergarten").unwrap());
    let mut n = 0;
    while plan.checklist.len() < items {
        let phase = Phase::ALL[n % Phase::ALL.len()];
        let text = format!("Zadanie dodatkowe nr {n} – sprawdzić dokumenty i uzgodnić z gminą");
        plan.add_custom_item(phase, &text);
        n += 1;
    }
    plan.checklist.truncate(items);
    for (i, entry) in plan.checklist.iter_mut().enumerate() {
        entry.owner = format!("Osoba {}", i % 7);
        let day = u32::try_from(i % 28).unwrap() + 1;
        entry.due = NaiveDate::from_ymd_opt(2026, 11 + u32::from(i % 2 == 0), day);
        entry.note = format!("Notatka {i}: zadzwonić do PUP w sprawie dotacji.");
        entry.status = [Status::Todo, Status::InProgress, Status::Done][i % 3];
    }
    plan
}

/// The real app with the plan of `items` items opened from `dir`, on `step`.
fn app_on(dir: &Path, items: usize, step: Step) -> Harness<'static, PlannerApp> {
    let path = dir.join(format!("plan-{items}.json"));
    save_plan(&path, &plan_with(items)).unwrap();
    let plans_dir = dir.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(2_000)
        .build_eframe(move |cc| {
            let services = Services {
                dialogs: Box::new(Rc::new(FakeDialogs::default())),
                clock: Box::new(FixedClock(now())),
                autosave_dir: plans_dir.join(".autosave"),
                imported_models_dir: plans_dir.join(".models"),
                plans_dir,
            };
            PlannerApp::new(cc, services)
        });
    harness.state_mut().request_open(&path);
    harness.run();
    assert_eq!(harness.state().plan().checklist.len(), items);
    // An opened plan shows its review; walk back with the Back shortcut.
    while harness.state().step() != step {
        harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
        harness.run();
    }
    harness
}

/// The calling thread's CPU time so far, where Linux reports it.
fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Wall time of one frame: the egui pass and the tessellation of its shapes.
fn frame(harness: &mut Harness<'static, PlannerApp>) -> Duration {
    let start = Instant::now();
    harness.step();
    let pass = start.elapsed();
    let shapes = harness.output().shapes.clone();
    let pixels_per_point = harness.output().pixels_per_point;
    let start = Instant::now();
    std::hint::black_box(harness.ctx.tessellate(shapes, pixels_per_point));
    pass + start.elapsed()
}

/// What happens before each measured frame.
#[derive(Clone, Copy)]
enum Input {
    /// Nothing.
    Rest,
    /// One mouse-wheel step over the list, 55 frames down, then 55 up, and so on (the
    /// warm-up and the measured frames together end where they started).
    Scroll,
    /// One character typed into the focused field; every other frame deletes it again
    /// when `erase` is set.
    Type { erase: bool },
}

fn give_input(harness: &Harness<'static, PlannerApp>, input: Input, frame: usize) {
    match input {
        Input::Rest => {}
        Input::Scroll => {
            let down = if (frame / 55).is_multiple_of(2) {
                -60.0
            } else {
                60.0
            };
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, down),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
        }
        Input::Type { erase } if erase && frame % 2 == 1 => harness.key_press(egui::Key::Backspace),
        Input::Type { .. } => harness.event(egui::Event::Text("ż".to_owned())),
    }
}

/// Runs the scenario and prints one line: median and p99 of wall time per frame, mean wall
/// and mean CPU time per frame.
fn measure(harness: &mut Harness<'static, PlannerApp>, name: &str, items: usize, input: Input) {
    harness.hover_at(egui::pos2(300.0, 450.0));
    for i in 0..WARM_UP {
        give_input(harness, input, i);
        frame(harness);
    }
    let mut wall = Vec::with_capacity(FRAMES);
    let cpu_before = thread_cpu();
    for i in WARM_UP..WARM_UP + FRAMES {
        give_input(harness, input, i);
        wall.push(frame(harness));
    }
    let cpu_total = thread_cpu()
        .zip(cpu_before)
        .map(|(a, b)| a.saturating_sub(b));
    let per_frame = |total: Duration| ms(total / u32::try_from(FRAMES).unwrap());
    let mean = per_frame(wall.iter().sum());
    let cpu = cpu_total.map_or_else(|| "n/a".to_owned(), |c| format!("{:.3}", per_frame(c)));
    let (median, p99) = percentiles(&mut wall);
    println!(
        "{name:<24} {items:>5} {:>9.3} {:>9.3} {mean:>9.3} {cpu:>9}",
        ms(median),
        ms(p99),
    );
}

/// The median and the 99th percentile (nearest rank).
fn percentiles(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    let at = |p: usize| {
        let rank = (times.len() * p).div_ceil(100).max(1);
        times.get(rank - 1).copied().unwrap_or_default()
    };
    (at(50), at(99))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn checklist(dir: &Path, items: usize) {
    let mut h = app_on(dir, items, Step::Checklist);
    measure(&mut h, "checklist at rest", items, Input::Rest);
    measure(&mut h, "checklist scrolling", items, Input::Scroll);
    // Open the item in the middle of the screen and type its owner (shown in the list too).
    h.run();
    let mut on_screen: Vec<(f32, String, String)> = h
        .state()
        .plan()
        .checklist
        .iter()
        .filter_map(|entry| {
            let label = row_label(entry);
            let node = h.query_by_role_and_label(Role::Button, &label)?;
            Some((node.rect().center().y, entry.id.clone(), label))
        })
        .collect();
    on_screen.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (_, id, label) = on_screen.swap_remove(on_screen.len() / 2);
    h.get_by_role_and_label(Role::Button, &label).click();
    h.run();
    assert_eq!(h.state().checklist_view().selected.as_ref(), Some(&id));
    let t = social_franchise_planner::i18n::planning::checklist::texts(h.state().lang());
    h.get_by_role_and_label(Role::TextInput, t.owner_label)
        .focus();
    h.run();
    let before = h.state().plan().entry(&id).unwrap().owner.chars().count();
    measure(
        &mut h,
        "checklist typing owner",
        items,
        Input::Type { erase: false },
    );
    let after = h.state().plan().entry(&id).unwrap().owner.chars().count();
    assert_eq!(
        after - before,
        WARM_UP + FRAMES,
        "every key reached the owner field"
    );
}

fn catalogue(dir: &Path, items: usize) {
    let mut h = app_on(dir, items, Step::Model);
    measure(&mut h, "catalogue at rest", items, Input::Rest);
    measure(&mut h, "catalogue scrolling", items, Input::Scroll);
    let c = social_franchise_planner::i18n::catalogue::cat_tr(h.state().lang());
    h.get_by_role_and_label(Role::TextInput, c.search_label)
        .focus();
    h.run();
    measure(
        &mut h,
        "catalogue typing search",
        items,
        Input::Type { erase: true },
    );
}

/// The checklist's timeline tab (every item dated): at rest and scrolling.
fn timeline(dir: &Path, items: usize) {
    let mut h = app_on(dir, items, Step::Checklist);
    let t = social_franchise_planner::i18n::planning::timeline::texts(h.state().lang());
    h.get_by_role_and_label(Role::Button, t.tabs[1]).click();
    h.run();
    let view = social_franchise_planner::ui::timeline::timeline_view(&h.ctx);
    assert_eq!(
        view.tab,
        social_franchise_planner::ui::timeline::Tab::Timeline
    );
    measure(&mut h, "timeline at rest", items, Input::Rest);
    measure(&mut h, "timeline scrolling", items, Input::Scroll);
}

/// The time of moving a milestone that every item counts from (days, weeks and months, before
/// and after), re-dating them all.
fn redating(items: usize) {
    use social_franchise_planner::model::milestones::{KRS_REGISTRATION, OffsetUnit, RelativeDue};
    let mut plan = plan_with(items);
    for (i, entry) in plan.checklist.iter_mut().enumerate() {
        let offset = i32::try_from(i % 61).unwrap() - 30;
        let unit = OffsetUnit::ALL[i % 3];
        entry.relative_due = Some(RelativeDue::new(KRS_REGISTRATION, offset, unit));
    }
    let first = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
    let mut times: Vec<Duration> = (0..FRAMES)
        .map(|k| {
            let date = first + chrono::Duration::days(i64::try_from(k).unwrap());
            let start = Instant::now();
            assert!(plan.set_milestone_date(KRS_REGISTRATION, Some(date)));
            std::hint::black_box(&plan);
            start.elapsed()
        })
        .collect();
    let (median, p99) = percentiles(&mut times);
    let name = "moving a milestone";
    println!("{name:<24} {items:>5} {:>9.3} {:>9.3}", ms(median), ms(p99));
}

/// The time of one full comparison of two equal plans (`Plan == Plan`), which the document
/// makes once per frame, and of one copy of the plan, which a frame with an edit adds.
fn plan_comparison(items: usize) {
    let plan = plan_with(items);
    let copy = plan.clone();
    let mut times: Vec<Duration> = (0..FRAMES)
        .map(|_| {
            let start = Instant::now();
            assert!(std::hint::black_box(&plan) == std::hint::black_box(&copy));
            start.elapsed()
        })
        .collect();
    let (median, p99) = percentiles(&mut times);
    let name = "one plan comparison";
    println!("{name:<24} {items:>5} {:>9.3} {:>9.3}", ms(median), ms(p99));
    // A copy is what a frame with an edit pays on top (the copy the next frame compares with).
    let mut times: Vec<Duration> = (0..FRAMES)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(std::hint::black_box(&plan).clone());
            start.elapsed()
        })
        .collect();
    let (median, p99) = percentiles(&mut times);
    let name = "one plan copy";
    println!("{name:<24} {items:>5} {:>9.3} {:>9.3}", ms(median), ms(p99));
}

/// The label of an item's row in the list (Polish): its status mark and text.
fn row_label(entry: &social_franchise_planner::model::plan::ChecklistEntry) -> String {
    let mark = match entry.status {
        Status::InProgress => "⏳ ",
        Status::NotApplicable => "✖ ",
        Status::Todo | Status::Done => "",
    };
    format!("{mark}{}", entry.text.pl)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    println!("frame cost of the whole window (1100×760) over {FRAMES} frames, in ms");
    println!(
        "{:<24} {:>5} {:>9} {:>9} {:>9} {:>9}",
        "scenario", "items", "median", "p99", "mean", "cpu/frame"
    );
    for items in SIZES {
        checklist(dir.path(), items);
        catalogue(dir.path(), items);
        timeline(dir.path(), items);
    }
    for items in SIZES {
        plan_comparison(items);
    }
    for items in SIZES {
        redating(items);
    }
}
