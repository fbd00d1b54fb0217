//! spindle-compiler: the Scriptling front end (lexer, parser, AST) and,
//! later, scope analysis and the bytecode emitter.
//!
//! `parse(source, filename)` turns source text into an [`ast::Module`] or a
//! [`SyntaxError`] with file, line and column.
pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse;
