//! spindle-compiler
