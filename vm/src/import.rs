//! Imports: built-in libraries, embedder libraries, and `.py` files found
//! beside the main script or on the search path.

use crate::object::Obj;
use std::path::PathBuf;
use std::sync::Arc;

use spindle_compiler::code::{Code, Const};

use crate::exc;
use crate::interp::Vm;
use crate::object::{CodeObj, Globals, Module};
use crate::value::Value;
use crate::PyResult;

/// Turns compiled code into a VM code object (constants become values).
pub fn load_code(code: &Arc<Code>) -> Obj<CodeObj> {
    let consts = code.consts.iter().map(const_value).collect();
    let names = code
        .names
        .iter()
        .map(|n| crate::intern::intern(n))
        .collect();
    Obj::new(CodeObj {
        code: code.clone(),
        consts,
        names,
        nslots: code.nslots(),
        max_stack: code.max_stack as usize,
    })
}

fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::True => Value::bool(true),
        Const::False => Value::bool(false),
        Const::Ellipsis => Value::Ellipsis,
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
            Ok(b) => Value::from_bigint(b),
            Err(_) => Value::Int(0),
        },
        Const::Float(f) => Value::float(*f),
        Const::Imag(f) => crate::builtins::complex::value(0.0, *f),
        Const::Str(s) => Value::Str(Obj::new(crate::object::Str::new(&crate::intern::intern(s)))),
        Const::Bytes(b) => Value::Bytes(b.clone().into()),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(c) => Value::Code(load_code(c)),
    }
}

/// A new module namespace with the standard dunder globals.
pub fn new_module_globals(name: &str, names: &[Arc<str>], file: Option<&str>) -> Arc<Globals> {
    let g = Arc::new(Globals::new(Arc::from(name), names));
    g.set_by_name("__name__", Value::str(name));
    g.set_by_name("__doc__", Value::None);
    if let Some(f) = file {
        g.set_by_name("__file__", Value::str(f));
    }
    g
}

impl Vm {
    /// Compiles `source` and raises SyntaxError on failure.
    pub fn compile(
        &mut self,
        source: &str,
        filename: &str,
    ) -> PyResult<spindle_compiler::code::CompiledModule> {
        self.ctx.add_source(filename, source);
        spindle_compiler::compile(source, filename)
            .map_err(|e| crate::builtins::exceptions::syntax_error(&e))
    }

    /// Imports `name` (dotted) and returns the leaf module.
    ///
    /// The order is CPython's: `sys.modules`, then the parent package,
    /// then modules built into the interpreter and embedder libraries,
    /// then `.py` files on the search path (the script's folder first),
    /// then the standard library (native or embedded Python).
    pub fn import_module(&mut self, name: &str) -> PyResult {
        if let Some(m) = self.cached_module(name)? {
            return Ok(m);
        }
        // Parent packages first.
        let parent = match name.rfind('.') {
            Some(i) => Some((self.import_module(&name[..i])?, &name[i + 1..])),
            None => None,
        };
        if let Some(m) = self.cached_module(name)? {
            return Ok(m);
        }
        let m = self.load_module(name, parent.as_ref().map(|(p, _)| p))?;
        if let Some((Value::Module(pm), leaf)) = &parent {
            pm.globals.set_by_name(leaf, m.clone());
        }
        Ok(m)
    }

    /// `sys.modules[name]`; None stored there stops the import.
    fn cached_module(&self, name: &str) -> PyResult<Option<Value>> {
        match self.ctx.modules.get(name) {
            Some(Value::None) => {
                let e = exc::module_not_found(format!(
                    "import of {} halted; None in sys.modules",
                    name
                ));
                e.exc
                    .set_attr(crate::intern::intern("name"), Value::str(name));
                Err(e)
            }
            other => Ok(other),
        }
    }

    fn load_module(&mut self, name: &str, parent: Option<&Value>) -> PyResult {
        if crate::stdlib::is_builtin(name) || self.ctx.libraries.lock().contains_key(name) {
            if let Some(m) = crate::stdlib::load(self, name)? {
                return Ok(m);
            }
        }
        // A submodule of a package that came from a file is a file too; a
        // submodule of a library package is the library's.
        let from_files = match parent {
            None => true,
            Some(Value::Module(p)) => matches!(
                p.globals.get_by_name("__file__"),
                Some(Value::Str(f)) if !f.as_str().starts_with('<')
            ),
            Some(_) => false,
        };
        if from_files {
            if let Some((path, is_pkg)) = self.find_file(name) {
                return self.import_file(name, path, is_pkg);
            }
        }
        if let Some(m) = crate::stdlib::load(self, name)? {
            return Ok(m);
        }
        if let Some((source, is_pkg)) = crate::stdlib::pylib(name) {
            let file = if is_pkg {
                format!("<spindle>/{}/__init__.py", name.replace('.', "/"))
            } else {
                format!("<spindle>/{}.py", name.replace('.', "/"))
            };
            return self.exec_module(name, source, &file, is_pkg);
        }
        if from_files {
            if let Some(dir) = self.find_namespace(name) {
                return self.import_file(name, dir, true);
            }
        }
        let e = exc::module_not_found(format!("No module named '{}'", name));
        e.exc
            .set_attr(crate::intern::intern("name"), Value::str(name));
        Err(e)
    }

    /// Resolves a relative import (`name` starting with dots, one per
    /// level) against the package of the module whose globals are `g`.
    pub fn resolve_relative(&self, name: &str, g: &Globals) -> PyResult<String> {
        let level = name.len() - name.trim_start_matches('.').len();
        if level == 0 {
            return Ok(name.to_string());
        }
        let rest = &name[level..];
        let package = match g.get_by_name("__package__") {
            Some(Value::Str(p)) => p.as_str().to_string(),
            _ => {
                let modname = g.module_name.to_string();
                if g.get_by_name("__path__").is_some() {
                    modname
                } else {
                    match modname.rfind('.') {
                        Some(i) => modname[..i].to_string(),
                        None => String::new(),
                    }
                }
            }
        };
        if package.is_empty() {
            return Err(exc::import_error(
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base = &base[..i],
                None => {
                    return Err(exc::import_error(
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if rest.is_empty() {
            base.to_string()
        } else {
            format!("{}.{}", base, rest)
        })
    }

    /// A module file or regular package for `name` on the search path.
    fn find_file(&self, name: &str) -> Option<(PathBuf, bool)> {
        let rel: PathBuf = name.split('.').collect();
        for dir in self.ctx.search_paths.lock().iter() {
            let f = dir.join(&rel).with_extension("py");
            if f.is_file() {
                return Some((f, false));
            }
            let init = dir.join(&rel).join("__init__.py");
            if init.is_file() {
                return Some((init, true));
            }
        }
        None
    }

    /// A folder without `__init__.py` for `name` (a namespace package):
    /// used only when no module or library of that name exists.
    fn find_namespace(&self, name: &str) -> Option<PathBuf> {
        let rel: PathBuf = name.split('.').collect();
        let dirs = self.ctx.search_paths.lock();
        dirs.iter().map(|d| d.join(&rel)).find(|p| p.is_dir())
    }

    fn import_file(&mut self, name: &str, path: PathBuf, is_pkg: bool) -> PyResult {
        let file = path.to_string_lossy().to_string();
        let source = if path.is_dir() {
            String::new()
        } else {
            std::fs::read_to_string(&path)
                .map_err(|e| exc::import_error(format!("cannot read {}: {}", file, e)))?
        };
        self.exec_module(name, &source, &file, is_pkg)
    }

    /// Runs a module's source in a new namespace registered in
    /// `sys.modules` first (so circular imports see the partial module);
    /// a failed import removes it again.
    fn exec_module(&mut self, name: &str, source: &str, file: &str, is_pkg: bool) -> PyResult {
        let compiled = self.compile(source, file)?;
        let globals = new_module_globals(name, &compiled.globals, Some(file));
        if is_pkg {
            let dir = file.strip_suffix("/__init__.py").unwrap_or(file);
            globals.set_by_name("__path__", Value::list(vec![Value::str(dir)]));
            globals.set_by_name("__package__", Value::str(name));
        } else {
            let package = name.rfind('.').map(|i| &name[..i]).unwrap_or("");
            globals.set_by_name("__package__", Value::str(package));
        }
        let module = Value::Module(Obj::new(Module {
            name: Arc::from(name),
            globals: globals.clone(),
        }));
        self.ctx.modules.insert(name, module.clone());
        let code = load_code(&compiled.code);
        if let Err(e) = self.run_module_code(code, globals) {
            self.ctx.modules.remove(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.ctx.modules.get(name).unwrap_or(module))
    }

    /// Compiles `source` as more code of the module whose namespace is
    /// `g` (its global slots are fixed per compilation, so new names get
    /// slots first) and runs it there; in eval mode the value of a final
    /// expression statement is returned. `exec()`, `eval()` and the lazy
    /// Python half of `time` run code this way.
    pub fn run_in_globals(
        &mut self,
        source: &str,
        filename: &str,
        g: Arc<Globals>,
        eval: bool,
    ) -> PyResult {
        self.ctx.add_source(filename, source);
        let names: Vec<Arc<str>> = g.table.read().names.clone();
        let compiled = spindle_compiler::compile_eval(source, filename, &names, eval)
            .map_err(|e| crate::builtins::exceptions::syntax_error(&e))?;
        for n in &compiled.globals {
            g.slot_of(n);
        }
        let r = self.run_module_code(load_code(&compiled.code), g)?;
        Ok(if eval { r } else { Value::None })
    }

    /// `from m import name`.
    pub fn import_from(&mut self, m: &Value, name: &str) -> PyResult {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        if let Value::Module(md) = m {
            let full = format!("{}.{}", md.name, name);
            if let Ok(sub) = self.import_module(&full) {
                return Ok(sub);
            }
            let loc = md
                .globals
                .get_by_name("__file__")
                .and_then(|f| f.as_str().map(|s| s.to_string()));
            return Err(exc::import_error(format!(
                "cannot import name '{}' from '{}' ({})",
                name,
                md.name,
                loc.unwrap_or_else(|| "unknown location".into())
            )));
        }
        Err(exc::import_error(format!("cannot import name '{}'", name)))
    }

    /// `from m import *`.
    pub fn import_star(&mut self, fi: usize, m: &Value) -> PyResult<()> {
        let md = match m {
            Value::Module(md) => md.clone(),
            _ => return Err(exc::type_error("import * from a non-module")),
        };
        let names: Vec<(Arc<str>, Value)> = match md.globals.get_by_name("__all__") {
            Some(all) => {
                let mut v = Vec::new();
                for n in self.collect(&all)? {
                    let n = n.as_str().unwrap_or("").to_string();
                    let val = self.getattr(m, &n)?;
                    v.push((Arc::from(n.as_str()), val));
                }
                v
            }
            None => md
                .globals
                .items()
                .into_iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .collect(),
        };
        let f = &self.frames[fi];
        for (k, v) in names {
            match &f.ns {
                Some(ns) => ns.set_native(Value::str(&k), v),
                None => f.globals().set_by_name(&k, v),
            }
        }
        Ok(())
    }
}
