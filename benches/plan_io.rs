//! Plan save and load time for plans of 100, 1,000 and 10,000 checklist items, to show that
//! the cost grows linearly, then where the time goes (medians): turning the plan into JSON,
//! the loader's parse of a current-version plan (its fast path, straight into a plan; older
//! versions take the value tree → migration → plan path, which is not measured here), serde's
//! parse straight into a plan without the loader, and the synced atomic write; last, the
//! save of 10,000 items as a ratio to its floor (serialising plus one synced write).
//! Run: `cargo bench --bench plan_io`. Prints median and p99.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark code")]

use std::time::{Duration, Instant};

use social_franchise_planner::io::plan_file::{load_plan, parse_plan, plan_to_json};
use social_franchise_planner::io::save::{save_plan_with_backup, write_atomically};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, Status};

/// A plan with `items` checklist entries, copied from a real model's items.
fn plan_with(items: usize) -> Plan {
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("kindergarten").expect("kindergarten model");
    let mut plan = Plan::new("Plan testowy – Łódź", chrono::Utc::now());
    plan.choose_model(model);
    let templates = plan.checklist.clone();
    plan.checklist = (0..items)
        .map(|i| {
            let mut entry = templates[i % templates.len()].clone();
            entry.id = format!("item_{i}");
            entry.note = format!("Notatka nr {i}: uzgodnić z gminą, termin do końca kwartału.");
            entry.status = if i % 3 == 0 {
                Status::Done
            } else {
                Status::Todo
            };
            entry
        })
        .collect();
    plan
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn measure(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// Medians of the parts of a save and a load.
fn breakdown(dir: &std::path::Path, items: usize) {
    let plan = plan_with(items);
    let json = plan_to_json(&plan).unwrap();
    let path = dir.join(format!("parts-{items}.json"));
    let ms = |(median, _): (Duration, Duration)| median.as_secs_f64() * 1e3;
    let to_json = ms(measure(30, || {
        std::hint::black_box(plan_to_json(&plan).unwrap());
    }));
    let parse = ms(measure(30, || {
        std::hint::black_box(parse_plan(json.as_bytes()).unwrap());
    }));
    let direct = ms(measure(30, || {
        let plan: Plan = serde_json::from_str(&json).unwrap();
        std::hint::black_box(plan);
    }));
    let write = ms(measure(30, || {
        write_atomically(&path, json.as_bytes()).unwrap();
    }));
    println!("{items:<7} {to_json:>10.2} ms {parse:>10.2} ms {direct:>10.2} ms {write:>10.2} ms");
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    println!("items   bytes      save median  save p99   load median  load p99   load µs/item");
    for items in [100, 1_000, 10_000] {
        let plan = plan_with(items);
        let path = dir.path().join(format!("plan-{items}.json"));
        let (save_median, save_p99) = measure(30, || {
            save_plan_with_backup(&path, &plan).unwrap();
        });
        let bytes = std::fs::metadata(&path).unwrap().len();
        let (load_median, load_p99) = measure(30, || {
            let loaded = load_plan(&path).unwrap();
            assert_eq!(loaded.checklist.len(), items);
        });
        #[expect(clippy::cast_precision_loss)]
        let per_item = load_median.as_secs_f64() * 1e6 / items as f64;
        println!(
            "{items:<7} {bytes:<10} {:>9.2} ms {:>8.2} ms {:>10.2} ms {:>8.2} ms {per_item:>10.2}",
            save_median.as_secs_f64() * 1e3,
            save_p99.as_secs_f64() * 1e3,
            load_median.as_secs_f64() * 1e3,
            load_p99.as_secs_f64() * 1e3,
        );
    }
    println!();
    println!("items   to JSON       loader (current) parse direct  write + sync");
    for items in [100, 1_000, 10_000] {
        breakdown(dir.path(), items);
    }
    println!();
    save_against_floor(dir.path(), 10_000);
}

/// The save of an existing plan (lock, backup, synced atomic write) against its floor:
/// serialising plus one synced atomic write of the same bytes. Measured alternately in the
/// same run so that both see the same machine; the target is a ratio of at most 1.3.
fn save_against_floor(dir: &std::path::Path, items: usize) {
    let plan = plan_with(items);
    let saved = dir.join("ratio-save.json");
    let floor_path = dir.join("ratio-floor.json");
    save_plan_with_backup(&saved, &plan).unwrap();
    let (mut save, mut floor) = (Vec::new(), Vec::new());
    for _ in 0..30 {
        let start = Instant::now();
        save_plan_with_backup(&saved, &plan).unwrap();
        save.push(start.elapsed());
        let start = Instant::now();
        let json = plan_to_json(&plan).unwrap();
        write_atomically(&floor_path, json.as_bytes()).unwrap();
        floor.push(start.elapsed());
    }
    save.sort();
    floor.sort();
    let (save, floor) = (percentile(&save, 0.5), percentile(&floor, 0.5));
    let bytes = std::fs::metadata(&saved).unwrap().len();
    println!(
        "save of {items} items ({bytes} bytes): {:.2} ms, floor {:.2} ms, ratio {:.2} (target <= 1.3)",
        save.as_secs_f64() * 1e3,
        floor.as_secs_f64() * 1e3,
        save.as_secs_f64() / floor.as_secs_f64()
    );
}
