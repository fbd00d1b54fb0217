//! Imports: built-in libraries, embedder libraries, and `.py` files found
//! beside the main script or on the search path.

use std::path::PathBuf;
use std::sync::Arc;

use spindle_compiler::code::{Code, Const};

use crate::exc;
use crate::interp::Vm;
use crate::object::{CodeObj, Globals, Module};
use crate::value::Value;
use crate::PyResult;

/// Turns compiled code into a VM code object (constants become values).
pub fn load_code(code: &Arc<Code>) -> Arc<CodeObj> {
    let consts = code.consts.iter().map(const_value).collect();
    let names = code
        .names
        .iter()
        .map(|n| crate::intern::intern(n))
        .collect();
    Arc::new(CodeObj {
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
        Const::Str(s) => Value::Str(Arc::new(crate::object::Str::new(&crate::intern::intern(s)))),
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
    pub fn import_module(&mut self, name: &str) -> PyResult {
        if let Some(m) = self.ctx.modules.lock().get(name) {
            return Ok(m.clone());
        }
        // Parent packages first.
        let parent = match name.rfind('.') {
            Some(i) => Some((self.import_module(&name[..i])?, &name[i + 1..])),
            None => None,
        };
        if let Some(m) = self.ctx.modules.lock().get(name) {
            return Ok(m.clone());
        }
        let m = match crate::stdlib::load(self, name)? {
            Some(m) => m,
            None => self.import_file(name)?,
        };
        if let Some((p, leaf)) = parent {
            if let Value::Module(pm) = &p {
                pm.globals.set_by_name(leaf, m.clone());
            }
        }
        Ok(m)
    }

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
            if dir.join(&rel).is_dir() {
                return Some((dir.join(&rel), true));
            }
        }
        None
    }

    fn import_file(&mut self, name: &str) -> PyResult {
        let (path, is_pkg) = match self.find_file(name) {
            Some(p) => p,
            None => {
                let e = exc::module_not_found(format!("No module named '{}'", name));
                e.exc
                    .set_attr(crate::intern::intern("name"), Value::str(name));
                return Err(e);
            }
        };
        let file = path.to_string_lossy().to_string();
        let source = if path.is_dir() {
            String::new()
        } else {
            std::fs::read_to_string(&path)
                .map_err(|e| exc::import_error(format!("cannot read {}: {}", file, e)))?
        };
        let compiled = self.compile(&source, &file)?;
        let globals = new_module_globals(name, &compiled.globals, Some(&file));
        if is_pkg {
            globals.set_by_name("__path__", Value::list(vec![Value::str(&file)]));
        }
        let module = Value::Module(Arc::new(Module {
            name: Arc::from(name),
            globals: globals.clone(),
        }));
        self.ctx
            .modules
            .lock()
            .insert(Arc::from(name), module.clone());
        let code = load_code(&compiled.code);
        if let Err(e) = self.run_module_code(code, globals) {
            self.ctx.modules.lock().remove(name);
            return Err(e);
        }
        Ok(module)
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
