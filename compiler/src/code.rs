//! Compiled code objects: what the emitter produces and the VM runs.

use std::sync::Arc;

use crate::op::Op;

/// A constant of a code object. The VM turns each into a `Value` once, when
/// it loads the module.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer literal beyond i64, as decimal digits with optional sign.
    BigInt(String),
    Float(f64),
    /// A complex number with this imaginary part and a zero real part.
    Imag(f64),
    Str(Arc<str>),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Arc<Code>),
}

/// One entry of a code object's exception table: an exception raised while
/// executing an instruction in `start..end` truncates the stack to `depth`
/// and jumps to `handler`, with the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Takes `*args`.
    pub varargs: bool,
    /// Takes `**kwargs`.
    pub varkeywords: bool,
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// A class body: names go to the class namespace.
    pub class_body: bool,
    /// The module's top level.
    pub module: bool,
}

/// A compiled function body, class body or module.
#[derive(Debug)]
pub struct Code {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub ops: Vec<Op>,
    /// Source line of each instruction (same length as `ops`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names used by attribute, class-body and import instructions.
    pub names: Vec<Arc<str>>,
    /// Local variable names; the parameters come first, in this order:
    /// positional, keyword-only, `*args`, `**kwargs`.
    pub varnames: Vec<Arc<str>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Arc<str>>,
    /// For each cell variable that is also a parameter, the parameter's index.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub exc_table: Vec<ExcEntry>,
    pub max_stack: u32,
    /// The docstring of a function (its first statement, a str literal).
    pub doc: Option<Arc<str>>,
}

impl Code {
    /// Number of frame slots: locals then cells then free variables.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Source line of the instruction at `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    /// The innermost exception-table entry covering `ip`.
    pub fn handler_for(&self, ip: usize) -> Option<&ExcEntry> {
        let ip = ip as u32;
        // Entries are emitted innermost first, so the first match wins.
        self.exc_table.iter().find(|e| e.start <= ip && ip < e.end)
    }
}

/// A compiled module: its top-level code and the module-wide table of global
/// names that `LoadGlobal`/`StoreGlobal` index.
#[derive(Debug, Clone)]
pub struct CompiledModule {
    pub code: Arc<Code>,
    pub globals: Vec<Arc<str>>,
}
