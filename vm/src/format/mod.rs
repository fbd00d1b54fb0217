//! Text formatting with CPython's exact output: float repr, the format-spec
//! mini-language, printf-style `%`, int parsing and radix output, and str
//! and bytes repr.

pub mod float_repr;
pub mod int_parse;
pub mod int_repr;
pub mod percent;
pub mod percent_op;
pub mod repr_str;
pub mod spec;
pub mod str_format;

pub use float_repr::float_repr;
pub use repr_str::{bytes_repr, str_repr};
