//! Entry point: parse the command line, then run a subcommand or open the window.

// No console window when started from Explorer or the Start menu; the command line still
// prints to the console it was started from (see `attach_to_parent_console`).
#![windows_subsystem = "windows"]

use std::process::ExitCode;

use clap::Parser as _;
use social_franchise_planner::cli::{self, Cli};

fn main() -> ExitCode {
    attach_to_parent_console();
    // Logs only when asked for with RUST_LOG: every failure is already one line for the user.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("off")).init();
    let args = Cli::parse();
    if let Some(command) = args.command {
        return cli::run(command);
    }
    match social_franchise_planner::run_window(args.exit_after_first_frame, args.plan) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: cannot open the window: {err}");
            ExitCode::from(cli::EXIT_INVALID)
        }
    }
}

/// On Windows, a program built for the window subsystem has no console of its own; this
/// attaches it to the console of the `cmd` or PowerShell that started it, so `--help`,
/// subcommands and error messages print there. Started from Explorer there is no parent
/// console and nothing happens. Output redirected to a file or a pipe works either way.
#[cfg(windows)]
#[allow(unsafe_code)] // The one foreign call of the app; see the SAFETY note.
fn attach_to_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id by value and touches no memory of ours; when
    // it fails (no parent console, or one already attached) the process simply stays as it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Elsewhere a program always inherits the console or terminal it was started from.
#[cfg(not(windows))]
fn attach_to_parent_console() {}
