//! Files and the operating system: plan files, file dialogs, default folders.

pub mod dialogs;
pub mod dirs;
pub mod plan_file;
