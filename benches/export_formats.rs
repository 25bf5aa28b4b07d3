//! Export time of a 2,000-item plan in every format (build the neutral document, then render),
//! and the size of each file. Run: `cargo bench --bench export_formats` (release profile).
//! Prints median and p99 of 15 runs per format. Optional arguments pick one format and the
//! number of runs, e.g. `cargo bench --bench export_formats -- pdf 1` (for a profiler).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark code")]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use social_franchise_planner::export::{ExportOptions, Format, export};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, Status};

/// A plan with `items` checklist entries, copied from a real model's items, with owners,
/// notes and evidence filled in.
fn plan_with(catalogue: &Catalogue, items: usize) -> Plan {
    let model = catalogue.get("kindergarten").expect("kindergarten model");
    let mut plan = Plan::new("Plan testowy – Łódź", chrono::Utc::now());
    plan.choose_model(model);
    let templates = plan.checklist.clone();
    plan.checklist = (0..items)
        .map(|i| {
            let mut entry = templates[i % templates.len()].clone();
            entry.id = format!("item_{i}");
            entry.owner = format!("Osoba {}", i % 17);
            entry.note = format!("Notatka nr {i}: uzgodnić z gminą, termin do końca kwartału.");
            entry.evidence = vec![format!("https://example.org/dokument/{i}")];
            entry.status = if i % 3 == 0 {
                Status::Done
            } else {
                Status::InProgress
            };
            entry
        })
        .collect();
    plan
}

fn main() {
    let catalogue = Catalogue::built_in();
    let plan = plan_with(&catalogue, 2_000);
    let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let options = ExportOptions::default();
    let (formats, runs) = chosen();
    println!("export of a 2,000-item plan (median / p99 of {runs} runs, file size)");
    for format in formats {
        let mut size = 0;
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let bytes = export(&plan, &catalogue, &options, format, today).unwrap();
                let elapsed = start.elapsed();
                size = bytes.len();
                elapsed
            })
            .collect();
        times.sort();
        println!(
            "{:<5} {:>8.1} ms {:>8.1} ms {:>9} bytes",
            format.extension(),
            times[runs / 2].as_secs_f64() * 1e3,
            times[runs - 1].as_secs_f64() * 1e3,
            size
        );
    }
}

/// The formats and number of runs asked for on the command line (cargo's own `--bench` flag
/// is skipped): every format and 15 runs unless told otherwise.
fn chosen() -> (Vec<Format>, usize) {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    let formats = match args.first() {
        Some(name) => vec![Format::from_code(name).expect("a known format")],
        None => Format::ALL.to_vec(),
    };
    let runs = args
        .get(1)
        .map_or(15, |n| n.parse().expect("a number of runs"));
    (formats, runs.max(1))
}
