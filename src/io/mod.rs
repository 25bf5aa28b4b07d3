//! Files and the operating system: plan files, model files, file dialogs, default folders.

pub mod dialogs;
pub mod dirs;
pub mod model_files;
pub mod plan_file;
