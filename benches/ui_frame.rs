//! CPU cost of one frame of the whole window (menu bar, step indicator, Back / Next bar and
//! the step itself) on the checklist and catalogue steps, for plans of 100, 1,000 and 2,000
//! checklist items. The real app runs in an `egui_kittest` harness (1100 × 760 points, the
//! window's default size) with the plan opened from a file, as a user would open it.
//!
//! A frame here is the egui pass (`Harness::step`, which also builds the accessibility tree
//! kittest reads) plus tessellating its shapes; the GPU upload and painting are left out.
//! Each scenario runs 300 frames: at rest (no input), scrolling (one wheel event per frame)
//! and typing (one key per frame: a note on the checklist, the search on the catalogue).
//! Prints the median and the 99th percentile of wall time (`std::time::Instant`) and of the
//! thread's CPU time (`/proc/thread-self/schedstat`, Linux only).
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
use social_franchise_planner::io::plan_file::save_plan;
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

/// Wall and CPU time of one frame: the egui pass and the tessellation of its shapes.
fn frame(harness: &mut Harness<'static, PlannerApp>) -> (Duration, Option<Duration>) {
    let (wall, cpu) = (Instant::now(), thread_cpu());
    harness.step();
    let (pass_wall, pass_cpu) = (wall.elapsed(), thread_cpu());
    let shapes = harness.output().shapes.clone();
    let pixels_per_point = harness.output().pixels_per_point;
    let (wall, cpu_before_tessellation) = (Instant::now(), thread_cpu());
    std::hint::black_box(harness.ctx.tessellate(shapes, pixels_per_point));
    let tessellation_wall = wall.elapsed();
    let cpu_total = match (cpu, pass_cpu, cpu_before_tessellation, thread_cpu()) {
        (Some(a), Some(b), Some(c), Some(d)) => Some(b.saturating_sub(a) + d.saturating_sub(c)),
        _ => None,
    };
    (pass_wall + tessellation_wall, cpu_total)
}

/// What happens before each measured frame.
#[derive(Clone, Copy)]
enum Input {
    /// Nothing.
    Rest,
    /// One mouse-wheel step over the list, down for half the frames, then up.
    Scroll,
    /// One character typed into the focused field; every other frame deletes it again
    /// when `erase` is set.
    Type { erase: bool },
}

fn give_input(harness: &Harness<'static, PlannerApp>, input: Input, frame: usize) {
    match input {
        Input::Rest => {}
        Input::Scroll => {
            let down = if frame < FRAMES / 2 { -60.0 } else { 60.0 };
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

/// Runs the scenario and prints one line: median and p99 of wall and CPU time.
fn measure(harness: &mut Harness<'static, PlannerApp>, name: &str, items: usize, input: Input) {
    harness.hover_at(egui::pos2(300.0, 450.0));
    for i in 0..WARM_UP {
        give_input(harness, input, i);
        frame(harness);
    }
    let (mut wall, mut cpu) = (Vec::with_capacity(FRAMES), Vec::with_capacity(FRAMES));
    for i in 0..FRAMES {
        give_input(harness, input, i);
        let (w, c) = frame(harness);
        wall.push(w);
        cpu.extend(c);
    }
    let (w50, w99) = percentiles(&mut wall);
    let (c50, c99) = percentiles(&mut cpu);
    println!(
        "{name:<22} {items:>5}   wall {:>7.3} / {:>7.3} ms   cpu {:>7.3} / {:>7.3} ms",
        ms(w50),
        ms(w99),
        ms(c50),
        ms(c99)
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
    // Open the first item of the first phase and type into its note.
    let plan = h.state().plan();
    let first = plan.checklist.iter().find(|e| e.phase == Phase::ALL[0]);
    let first = first.unwrap();
    let mark = match first.status {
        Status::InProgress => "⏳ ",
        Status::NotApplicable => "✖ ",
        Status::Todo | Status::Done => "",
    };
    let (id, label) = (first.id.clone(), format!("{mark}{}", first.text.pl));
    h.get_by_role_and_label(Role::Button, &label).click();
    h.run();
    let t = social_franchise_planner::i18n::planning::checklist::texts(h.state().lang());
    h.get_by_role_and_label(Role::MultilineTextInput, t.note_label)
        .focus();
    h.run();
    let before = h.state().plan().entry(&id).unwrap().note.chars().count();
    measure(
        &mut h,
        "checklist typing note",
        items,
        Input::Type { erase: false },
    );
    let after = h.state().plan().entry(&id).unwrap().note.chars().count();
    assert_eq!(
        after - before,
        WARM_UP + FRAMES,
        "every key reached the note"
    );
}

fn catalogue(dir: &Path, items: usize) {
    let mut h = app_on(dir, items, Step::Model);
    measure(&mut h, "catalogue at rest", items, Input::Rest);
    measure(&mut h, "catalogue scrolling", items, Input::Scroll);
    let c = social_franchise_planner::ui::catalogue::strings::cat_tr(h.state().lang());
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

fn main() {
    let dir = tempfile::tempdir().unwrap();
    println!(
        "frame cost over {FRAMES} frames after {WARM_UP} warm-up frames (median / p99), \
         whole window 1100×760"
    );
    println!("{:<22} {:>5}", "scenario", "items");
    for items in SIZES {
        checklist(dir.path(), items);
        catalogue(dir.path(), items);
    }
}
