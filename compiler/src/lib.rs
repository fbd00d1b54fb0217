//! spindle-compiler: source text to bytecode.
//!
//! The pipeline is lexer → parser (AST) → scope analysis → emitter, each in
//! its own module. `op` holds the one opcode table the VM and the
//! disassembler are generated from.
//!
//! `parse(source, filename)` turns source text into an [`ast::Module`] or a
//! [`SyntaxError`] with file, line and column; `compile` goes all the way
//! to a [`CompiledModule`].

pub mod ast;
pub mod code;
pub mod disasm;
pub mod emit;
pub mod error;
pub mod lexer;
pub mod mangle;
pub mod op;
pub mod parser;
pub mod scope;
pub mod token;
pub mod verify;

use std::sync::Arc;

pub use code::CompiledModule;
pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse;

/// Parses and compiles a module.
pub fn compile(source: &str, filename: &str) -> Result<CompiledModule, SyntaxError> {
    let module = parser::parse(source, filename)?;
    compile_module_ast(&module, filename, source, &[])
}

/// Compiles an already parsed module. `existing_globals` are the global
/// names of the module this code is added to (the REPL compiles line after
/// line into one module): their slot indexes are kept and new names are
/// appended. Top-level expression statements are discarded.
pub fn compile_module_ast(
    module: &ast::Module,
    filename: &str,
    source: &str,
    existing_globals: &[Arc<str>],
) -> Result<CompiledModule, SyntaxError> {
    if mangle::has_class(module) {
        let mut m = module.clone();
        mangle::mangle_module(&mut m);
        return emit::compile_module(&m, filename, source, existing_globals, false);
    }
    emit::compile_module(module, filename, source, existing_globals, false)
}

/// Like [`compile_module_ast`], for the REPL: top-level expression
/// statements print their value (`PrintExpr`) instead of discarding it.
pub fn compile_interactive_ast(
    module: &ast::Module,
    filename: &str,
    source: &str,
    existing_globals: &[Arc<str>],
) -> Result<CompiledModule, SyntaxError> {
    if mangle::has_class(module) {
        let mut m = module.clone();
        mangle::mangle_module(&mut m);
        return emit::compile_module(&m, filename, source, existing_globals, true);
    }
    emit::compile_module(module, filename, source, existing_globals, true)
}

/// Parses and compiles `source` in eval mode: statements run and the value
/// of a final expression statement is returned (None otherwise). With
/// `expression_only`, `source` must be one expression (the `eval()`
/// built-in's rule).
pub fn compile_eval(
    source: &str,
    filename: &str,
    existing_globals: &[Arc<str>],
    expression_only: bool,
) -> Result<CompiledModule, SyntaxError> {
    let mut module = parser::parse(source, filename)?;
    if expression_only {
        let ok = module.body.len() == 1
            && matches!(module.body[0].kind, crate::ast::StmtKind::Expr { .. });
        if !ok {
            let span = module
                .body
                .iter()
                .find(|s| !matches!(s.kind, crate::ast::StmtKind::Expr { .. }))
                .or(module.body.get(1))
                .map(|s| s.span)
                .unwrap_or_default();
            return Err(scope::error_at("invalid syntax", span, filename, source));
        }
    }
    if mangle::has_class(&module) {
        mangle::mangle_module(&mut module);
    }
    emit::compile_module_eval(&module, filename, source, existing_globals)
}

/// Parses and compiles `source` as more code of a module whose global
/// names are `existing_globals` (embedding `eval`).
pub fn compile_with_globals(
    source: &str,
    filename: &str,
    existing_globals: &[Arc<str>],
) -> Result<CompiledModule, SyntaxError> {
    let module = parser::parse(source, filename)?;
    compile_module_ast(&module, filename, source, existing_globals)
}
