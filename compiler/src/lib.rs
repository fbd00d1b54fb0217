//! spindle-compiler: source text to bytecode.
//!
//! The pipeline is lexer → parser (AST) → scope analysis → emitter, each in
//! its own module. `op` holds the one opcode table the VM and the
//! disassembler are generated from.

pub mod ast;
pub mod code;
pub mod op;
