//! The app's own share of start-up, without a window: building `PlannerApp` (preferences,
//! theme, catalogue, plans folder, autosave check), then building the `egui_kittest` harness
//! of the window's default size around it, which also draws frames until the app asks for no
//! more (fonts are loaded in the first), then tessellating the last frame. `scripts/bench-startup.sh` measures the whole
//! start-up in a real window; the difference is the window system and the GL driver.
//! Run: `cargo bench --bench app_start` (a measurement, never a pass or fail).

#![allow(clippy::unwrap_used, reason = "a measurement program")]

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use social_franchise_planner::PlannerApp;
use social_franchise_planner::io::dialogs::FakeDialogs;
use social_franchise_planner::services::{Services, SystemClock};

/// Start-ups measured.
const RUNS: usize = 30;

/// Time to build the app, and time to build it and draw its first frames.
fn start_once(dir: &std::path::Path) -> (Duration, Duration) {
    let build_time = Rc::new(Cell::new(Duration::ZERO));
    let record = Rc::clone(&build_time);
    let plans_dir = dir.to_path_buf();
    let start = Instant::now();
    let harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| {
            let start = Instant::now();
            let services = Services {
                dialogs: Box::new(Rc::new(FakeDialogs::default())),
                clock: Box::new(SystemClock),
                autosave_dir: plans_dir.join(".autosave"),
                imported_models_dir: plans_dir.join(".models"),
                plans_dir,
            };
            let app = PlannerApp::new(cc, services);
            record.set(start.elapsed());
            app
        });
    let shapes = harness.output().shapes.clone();
    let pixels_per_point = harness.output().pixels_per_point;
    std::hint::black_box(harness.ctx.tessellate(shapes, pixels_per_point));
    (build_time.get(), start.elapsed())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let (builds, frames): (Vec<_>, Vec<_>) = (0..RUNS).map(|_| start_once(dir.path())).unzip();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "app start-up without a window, median of {RUNS}: PlannerApp::new {:.2} ms, \
         new + first frames until settled + tessellation {:.2} ms",
        ms(median(builds)),
        ms(median(frames))
    );
}
