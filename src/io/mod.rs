//! Files and the operating system: plan files, model files, file dialogs, default folders.

pub mod autosave;
pub mod dialogs;
pub mod dirs;
pub mod export_file;
pub mod loader;
pub mod migrate;
pub mod model_files;
pub mod plan_file;
pub mod save;
