//! Fuzzes the plan loader with the checks in `fuzz/checks/plan_loader.rs` (the same checks
//! `cargo test` runs on the seed corpus).

#![no_main]

#[path = "../checks/plan_loader.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::check(data);
});
