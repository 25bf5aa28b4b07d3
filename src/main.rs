//! Entry point: parse the command line, then run a subcommand or open the window.

use std::process::ExitCode;

use clap::Parser as _;
use social_franchise_planner::cli::{self, Cli};

fn main() -> ExitCode {
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
