//! Fuzzes the model-file reader used for built-in and imported models with the checks in
//! `fuzz/checks/model_import.rs` (the same checks `cargo test` runs on the seed corpus).

#![no_main]

#[path = "../checks/model_import.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _problems = checks::check(data);
});
