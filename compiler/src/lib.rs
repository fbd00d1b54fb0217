//! spindle-compiler
pub mod ast;
